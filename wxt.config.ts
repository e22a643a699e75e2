import { defineConfig } from 'wxt';

// Auto-imports are off: every module names what it uses, so `scoring/` cannot pick up a browser API by accident
// (see ../shared/ARCHITECTURE.md) and the content-script bundle only carries what it imports.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Citable',
    description: 'Shows, section by section, whether a page gives anyone a reason to cite it, and what to add where.',
    // Each permission is justified in README.md ("Permissions").
    // `tabs`: the address of a tab as it loads, so the badge says at once why a page cannot be read (it replaces
    // `activeTab`, which only gave that address after a click on the toolbar button).
    // `offscreen` (Chrome only): the document that reads the article off the page's thread (Firefox reads it in its
    // background page).
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    action: { default_title: 'Citable' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'citable@citable.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
