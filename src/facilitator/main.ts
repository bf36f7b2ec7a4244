// Entry of facilitator.html: filled in by its own issue.
const app = document.getElementById('app');
if (app) app.textContent = 'Social Journey';
