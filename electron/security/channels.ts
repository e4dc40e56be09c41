/**
 * The only two IPC channels between the page and the main process. The page
 * calls the service through CALL (invoke, checked sender, parsed input) and
 * receives menu commands on MENU; nothing else is listened to or sent.
 */
export const CALL_CHANNEL = 'studio:call';
export const MENU_CHANNEL = 'studio:menu';
