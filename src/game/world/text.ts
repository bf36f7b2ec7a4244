// Words in the world are page text laid over the canvas, not canvas textures. In software WebGL every
// textured pixel is paid again on every drawn frame (a title cost about 3 ms a frame); page text is drawn
// once by the browser and only composited. A label keeps the few things scenes and tweens use of a Phaser
// Text (position, origin, alpha, scale, angle, visibility, depth), so a tween can move it like a sprite.
// The layer is aria-hidden: the canvas's text alternative (world-description.ts) says what the picture shows.
import type * as Phaser from 'phaser';
import { COLOR, css, FONT } from '../palette';

export interface LabelStyle {
  fontStyle?: 'bold';
  stroke?: string;
  strokeThickness?: number;
  align?: 'left' | 'center' | 'right';
  wordWrap?: { width: number };
  backgroundColor?: string;
  padding?: { x: number; y: number };
}

/** The page element over the canvas that holds a game's labels (made on first use). */
export function labelLayer(scene: Phaser.Scene): HTMLElement {
  const parent = scene.game.canvas.parentElement as HTMLElement;
  let layer = parent.querySelector<HTMLElement>(':scope > .world-labels');
  if (!layer) {
    layer = document.createElement('div');
    layer.className = 'world-labels';
    layer.setAttribute('aria-hidden', 'true');
    parent.append(layer);
  }
  return layer;
}

/** A positioned page element that tweens can move, fade, scale and turn like a game object. */
export class WorldLabel {
  readonly el: HTMLDivElement;
  private _x: number;
  private _y: number;
  private _alpha = 1;
  private _scaleX = 1;
  private _scaleY = 1;
  private _angle = 0;
  private _visible = true;
  private originX = 0;
  private originY = 0;

  constructor(layer: HTMLElement, x: number, y: number, className: string) {
    this.el = document.createElement('div');
    this.el.className = className;
    this._x = x;
    this._y = y;
    this.apply();
    layer.append(this.el);
  }

  get x() {
    return this._x;
  }
  set x(v: number) {
    this._x = v;
    this.apply();
  }
  get y() {
    return this._y;
  }
  set y(v: number) {
    this._y = v;
    this.apply();
  }
  get alpha() {
    return this._alpha;
  }
  set alpha(v: number) {
    this._alpha = v;
    this.el.style.opacity = String(Math.max(0, Math.min(1, v)));
  }
  get scale() {
    return this._scaleX;
  }
  set scale(v: number) {
    this._scaleX = v;
    this._scaleY = v;
    this.apply();
  }
  get scaleX() {
    return this._scaleX;
  }
  set scaleX(v: number) {
    this._scaleX = v;
    this.apply();
  }
  get scaleY() {
    return this._scaleY;
  }
  set scaleY(v: number) {
    this._scaleY = v;
    this.apply();
  }
  get angle() {
    return this._angle;
  }
  set angle(v: number) {
    this._angle = v;
    this.apply();
  }
  get visible() {
    return this._visible;
  }
  setPosition(x: number, y: number) {
    this._x = x;
    this._y = y;
    this.apply();
    return this;
  }
  setX(x: number) {
    this.x = x;
    return this;
  }
  setY(y: number) {
    this.y = y;
    return this;
  }
  setOrigin(x: number, y = x) {
    this.originX = x;
    this.originY = y;
    this.el.style.transformOrigin = `${x * 100}% ${y * 100}%`;
    this.apply();
    return this;
  }
  setAlpha(v: number) {
    this.alpha = v;
    return this;
  }
  setScale(x: number, y = x) {
    this._scaleX = x;
    this._scaleY = y;
    this.apply();
    return this;
  }
  setAngle(degrees: number) {
    this.angle = degrees;
    return this;
  }
  setVisible(v: boolean) {
    this._visible = v;
    this.el.style.display = v ? '' : 'none';
    return this;
  }
  setColor(color: string) {
    this.el.style.color = color;
    return this;
  }
  setFontStyle(style: 'bold' | 'normal') {
    this.el.style.fontWeight = style === 'bold' ? '700' : '400';
    return this;
  }
  /** Higher depths stack above lower ones, as in the scene (all labels are above the canvas). */
  setDepth(depth: number) {
    this.el.style.zIndex = String(Math.round(depth));
    return this;
  }

  destroy() {
    this.el.remove();
  }

  private apply() {
    const { originX: ox, originY: oy } = this;
    let t = `translate(${this._x.toFixed(1)}px, ${this._y.toFixed(1)}px)`;
    if (ox !== 0 || oy !== 0) t += ` translate(${-ox * 100}%, ${-oy * 100}%)`;
    if (this._angle !== 0) t += ` rotate(${this._angle}deg)`;
    if (this._scaleX !== 1 || this._scaleY !== 1) t += ` scale(${this._scaleX}, ${this._scaleY})`;
    this.el.style.transform = t;
  }
}

/** The smallest text the world shows, in CSS pixels: read from the back of a room at 1280x720. */
export const MIN_TEXT_PX = 14;

/** A font size for world text, never under MIN_TEXT_PX. */
export function textPx(size: number): string {
  return `${Math.max(MIN_TEXT_PX, Math.round(size))}px`;
}

/** A line (or wrapped paragraph) of text in the game's font at a point of the world. */
export function label(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  size: number,
  color = css(COLOR.paper),
  style: LabelStyle = {},
): WorldLabel {
  const l = new WorldLabel(labelLayer(scene), x, y, 'world-label');
  const s = l.el.style;
  s.fontFamily = FONT;
  s.fontSize = textPx(size);
  s.color = color;
  if (style.fontStyle === 'bold') s.fontWeight = '700';
  if (style.stroke && style.strokeThickness) {
    // Stroke under the fill, as canvas text draws it: the letters keep their full shape.
    s.webkitTextStroke = `${style.strokeThickness}px ${style.stroke}`;
    s.paintOrder = 'stroke fill';
  }
  if (style.align) s.textAlign = style.align;
  if (style.wordWrap) {
    s.whiteSpace = 'normal';
    s.width = 'max-content';
    s.maxWidth = `${Math.round(style.wordWrap.width)}px`;
  }
  if (style.backgroundColor) s.backgroundColor = style.backgroundColor;
  if (style.padding) s.padding = `${style.padding.y}px ${style.padding.x}px`;
  l.el.textContent = text;
  return l;
}
