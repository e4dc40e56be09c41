import { createContext, useContext } from 'react';

/** Commands that need a DOM element owned by the App (the hidden file input, the search box). */
export interface DomCommands {
  openFilePicker(): void;
  focusSearch(): void;
}

const DomCommandsContext = createContext<DomCommands>({ openFilePicker: () => {}, focusSearch: () => {} });

export const DomCommandsProvider = DomCommandsContext.Provider;

export function useDomCommands(): DomCommands {
  return useContext(DomCommandsContext);
}
