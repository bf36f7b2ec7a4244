// Reading the teams' QR codes with the facilitator's camera. The browser's own BarcodeDetector where it has
// one (Chrome on Android, ChromeOS and macOS), else jsQR, a plain JavaScript QR reader loaded only now and
// working offline. Each code read is collected like a pasted one; the dialog stays open for the next team.
import type { StoreApi } from 'zustand/vanilla';
import { readTranscript } from '../../analysis/transcript';
import { t } from '../../i18n';
import type { FacilitatorState } from '../../store/facilitator-store';
import { h } from '../dom';

type Reader = (video: HTMLVideoElement) => Promise<string | null>;

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

/** Frames are read at this width at most: enough for a QR code held up to a laptop camera. */
const READ_WIDTH = 640;
const EVERY_MS = 200;

async function makeReader(): Promise<Reader> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  const formats: string[] = Native ? await Native.getSupportedFormats().catch(() => []) : [];
  if (Native && formats.includes('qr_code')) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!ctx || video.videoWidth === 0) return null;
    const scale = Math.min(1, READ_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
  };
}

/** Opens the camera dialog; closing it (button or Escape) stops the camera. */
export function openCameraScan(store: StoreApi<FacilitatorState>, returnFocus: HTMLElement | null): void {
  const status = h(
    'p',
    { role: 'status', class: 'scan-status', id: 'scan-status' },
    t('facilitator.scan.starting'),
  );
  const video = h('video', { class: 'scan-video', muted: true, playsinline: true, 'aria-hidden': 'true' });
  video.muted = true;
  const read = h('ul', { class: 'scan-read', id: 'scan-read' });
  const dialog = h(
    'dialog',
    { class: 'scan-dialog', id: 'scan-dialog', 'aria-labelledby': 'scan-h' },
    h('h2', { id: 'scan-h' }, t('facilitator.scan.title')),
    h('p', { class: 'hint' }, t('facilitator.scan.hint')),
    video,
    status,
    read,
    h(
      'button',
      { type: 'button', class: 'btn btn-primary', id: 'scan-close', onclick: () => dialog.close() },
      t('facilitator.scan.done'),
    ),
  ) as HTMLDialogElement;
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let open = true;
  dialog.addEventListener('close', () => {
    open = false;
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    dialog.remove();
    returnFocus?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();

  const seen = new Set<string>();
  const collect = (text: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    const { inputs } = readTranscript(text);
    if (inputs.length === 0) {
      status.textContent = t('facilitator.scan.notACode');
      return;
    }
    const before = store.getState().teams.length;
    store.getState().collect(inputs, 'code');
    const after = store.getState().teams;
    const added = after.slice(before).map((tm) => tm.name);
    const message =
      added.length > 0
        ? t('facilitator.scan.added', { name: added.join(', ') })
        : (store.getState().refusals[0]?.reason ?? t('facilitator.scan.notACode'));
    status.textContent = message;
    read.append(h('li', null, message));
  };

  void (async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      status.textContent = t('facilitator.scan.noCamera');
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch (e) {
      status.textContent =
        (e as Error)?.name === 'NotAllowedError'
          ? t('facilitator.scan.refused')
          : t('facilitator.scan.noCamera');
      return;
    }
    if (!open) {
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    video.srcObject = stream;
    await video.play().catch(() => {});
    let reader: Reader;
    try {
      reader = await makeReader();
    } catch {
      status.textContent = t('facilitator.scan.noReader');
      return;
    }
    status.textContent = t('facilitator.scan.looking');
    const tick = async () => {
      if (!open) return;
      const text = await reader(video).catch(() => null);
      if (text) collect(text);
      timer = setTimeout(() => void tick(), EVERY_MS);
    };
    void tick();
  })();
}
