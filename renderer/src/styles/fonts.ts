// Bundled fonts only: the kiosk has no network and system fonts show empty boxes for Mongolian. Noto Sans SC
// is split by unicode-range, so the browser loads only the slices a screen uses; Noto Sans Mongolian is one
// file. Imported one by one from JS so the build's woff2-only step sees each file (electron.vite.config.ts).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-sans-mongolian/mongolian-400.css';
