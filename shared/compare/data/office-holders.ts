/**
 * Who held an office when: US presidents and Israeli prime ministers, with
 * start and end dates (ISO days; `to: null` while in office). A term ends on
 * the day its successor's begins (inauguration day belongs to the new
 * holder). Used to resolve a bare title ("the Israeli prime minister") at an
 * article's date and to flag administrations named out of their time. Each
 * term has a test in offices.test.ts.
 *
 * `surnameAlone`: the bare surname names this person (not for Bush, two
 * presidents; not for Clinton, two public figures).
 */

export type Office = 'us-president' | 'israeli-prime-minister';

export interface OfficeTerm {
  office: Office;
  holder: string;
  surname: string;
  surnameAlone: boolean;
  from: string;
  to: string | null;
}

export const OFFICE_TERMS: readonly OfficeTerm[] = [
  { office: 'us-president', holder: 'Bill Clinton', surname: 'Clinton', surnameAlone: false, from: '1993-01-20', to: '2001-01-20' },
  { office: 'us-president', holder: 'George W. Bush', surname: 'Bush', surnameAlone: false, from: '2001-01-20', to: '2009-01-20' },
  { office: 'us-president', holder: 'Barack Obama', surname: 'Obama', surnameAlone: true, from: '2009-01-20', to: '2017-01-20' },
  { office: 'us-president', holder: 'Donald Trump', surname: 'Trump', surnameAlone: true, from: '2017-01-20', to: '2021-01-20' },
  { office: 'us-president', holder: 'Joe Biden', surname: 'Biden', surnameAlone: true, from: '2021-01-20', to: '2025-01-20' },
  { office: 'us-president', holder: 'Donald Trump', surname: 'Trump', surnameAlone: true, from: '2025-01-20', to: null },
  { office: 'israeli-prime-minister', holder: 'Benjamin Netanyahu', surname: 'Netanyahu', surnameAlone: true, from: '2009-03-31', to: '2021-06-13' },
  { office: 'israeli-prime-minister', holder: 'Naftali Bennett', surname: 'Bennett', surnameAlone: false, from: '2021-06-13', to: '2022-06-30' },
  { office: 'israeli-prime-minister', holder: 'Yair Lapid', surname: 'Lapid', surnameAlone: true, from: '2022-06-30', to: '2022-12-29' },
  { office: 'israeli-prime-minister', holder: 'Benjamin Netanyahu', surname: 'Netanyahu', surnameAlone: true, from: '2022-12-29', to: null },
];

/** Titles that name whoever holds an office ("the Israeli prime minister"); regex sources, case-insensitive. */
export const OFFICE_TITLES: Readonly<Record<Office, readonly string[]>> = {
  'us-president': ['(?:US|U\\.S\\.|American) president'],
  'israeli-prime-minister': ['Israeli prime minister', 'Israeli premier', 'prime minister of Israel'],
};
