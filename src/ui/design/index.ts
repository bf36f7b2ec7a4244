// The design system every page imports first: tokens (colours, type, spacing, focus; dark, light and
// high-contrast themes) and the shared components (button, card, fields, screen-reader-only text).
import './tokens.css';
import './components.css';

export { currentDisplay, type Display, displayToggles, initDisplay, setDisplay, type Theme } from './theme';
