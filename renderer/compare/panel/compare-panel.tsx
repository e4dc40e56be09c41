import { ActiveLinks } from './active-links';
import { PickTray } from './pick-tray';
import { Suggestions } from './suggestions';

/** What the compare module adds to the annotation panel: the active annotation's links, suggestions, and the picks. */
export function ComparePanelSections() {
  return (
    <>
      <ActiveLinks />
      <Suggestions />
      <PickTray />
    </>
  );
}
