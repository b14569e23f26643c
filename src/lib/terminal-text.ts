// C0 controls but tab and newline, DEL, C1 controls, and the bidirectional
// overrides that make a terminal show text in another order than it is.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows control characters from content as visible escapes, so text printed to a
 * terminal cannot move the cursor, set the window title, hide itself or smuggle
 * links (ESC and OSC sequences) — it reads exactly as it is stored.
 * @example visibleControls('a\u001b]0;pwned\u0007b') // 'a\\x1b]0;pwned\\x07b'
 * @example visibleControls('行一\n\tline two') // unchanged
 */
export function visibleControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

// Colour and weight (SGR) sequences, the only escapes Tandem writes itself.
const SGR_OR_UNSAFE = new RegExp(`\u001b\\[[0-9;]*m|${UNSAFE.source}`, 'g');

/**
 * The last net before a terminal: every control character shown as an escape,
 * except the colour sequences of Tandem's own styling. Content is escaped earlier
 * with {@link visibleControls}, so colour written in content shows as text too.
 * @example terminalSafe('\u001b[31merror\u001b[39m \u001b]8;;http://x\u0007') // colour kept, the OSC link shown as '\x1b]8;;http://x\x07'
 */
export function terminalSafe(text: string): string {
  return text.replace(SGR_OR_UNSAFE, (match) => (match.length > 1 ? match : visibleControls(match)));
}
