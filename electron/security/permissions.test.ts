import { describe, expect, it } from 'vitest';
import { permissionCheckHandler, permissionRequestHandler } from './permissions';

describe('permission handlers', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'deny a %s request',
    (permission) => {
      const answers: boolean[] = [];
      permissionRequestHandler({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    },
  );

  it('deny every permission check', () => {
    expect(permissionCheckHandler()).toBe(false);
  });
});
