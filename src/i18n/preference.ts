/** localStorage key holding the reader's explicit language choice. */
export const PREFERENCE_KEY = 'tandem-locale';
