/**
 * Session permission handlers. The app needs no web permission (camera,
 * notifications, geolocation, clipboard-read, fullscreen, ...), so every
 * request and every check is denied. Copy from a selection is a native edit
 * command and needs no permission.
 */

/** For session.setPermissionRequestHandler: always answers no. */
export function permissionRequestHandler(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** For session.setPermissionCheckHandler: always answers no. */
export function permissionCheckHandler(): boolean {
  return false;
}
