import 'i18next';
import type enUi from '../../locales/en/ui.json';

// Makes a mistyped UI key a compile error (react-i18next's typed-resources pattern).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof enUi };
  }
}
