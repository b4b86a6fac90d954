import { memo, useMemo, type ReactElement } from 'react';
import Keyboard from 'react-simple-keyboard';
import 'simple-keyboard/build/css/index.css';
import { useLang } from '../../app/prefs';
import { useT } from '../../i18n/use-t';
import type { KeyAction } from './composition';

export type KeyboardLayout = 'letters' | 'digits';

const LAYOUT = {
  letters: ['q w e r t y u i o p {bksp}', 'a s d f g h j k l', 'z x c v b n m', '{digits} {space} {clear}'],
  digits: ['1 2 3 4 5 6 7 8 9 0 {bksp}', '{letters} {space} {clear}'],
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Our own on-screen keyboard (simple-keyboard): pinyin letters, digits, delete, space and clear, as real
 * <button>s with names a screen reader can say. Keys act on touch-down, so typing feels immediate.
 */
export const SearchKeyboard = memo(function SearchKeyboard({ layout, onAction, onLayout }: { layout: KeyboardLayout; onAction: (a: KeyAction) => void; onLayout: (l: KeyboardLayout) => void }): ReactElement {
  const t = useT();
  const lang = useLang();
  const display = useMemo(
    () => ({
      '{bksp}': `⌫ ${escapeHtml(t('search.backspace'))}`,
      '{space}': escapeHtml(t('search.space')),
      '{clear}': escapeHtml(t('search.clear')),
      '{digits}': escapeHtml(t('search.digits')),
      '{letters}': escapeHtml(t('search.letters')),
    }),
    [t, lang],
  );
  const attributes = useMemo(() => {
    const labels = { '{bksp}': t('search.backspace'), '{space}': t('search.space'), '{clear}': t('search.clear'), '{digits}': t('search.digitsLabel'), '{letters}': t('search.lettersLabel') };
    return Object.entries(labels).map(([buttons, value]) => ({ attribute: 'aria-label', value, buttons }));
  }, [t, lang]);
  return (
    <div className="keyboard" role="group" aria-label={t('search.keyboard')}>
      <Keyboard
        layout={LAYOUT}
        layoutName={layout}
        display={display}
        buttonAttributes={attributes}
        buttonTheme={[
          { class: 'key-wide', buttons: '{space}' },
          { class: 'key-fn', buttons: '{bksp} {clear} {digits} {letters}' },
        ]}
        theme="hg-theme-default kiosk-keys"
        useButtonTag
        disableButtonHold
        disableCaretPositioning
        preventMouseDownDefault
        onKeyPress={(button: string) => {
          if (button === '{bksp}') onAction({ type: 'backspace' });
          else if (button === '{clear}') onAction({ type: 'clear' });
          else if (button === '{space}') onAction({ type: 'space' });
          else if (button === '{digits}') onLayout('digits');
          else if (button === '{letters}') onLayout('letters');
          else if (!button.startsWith('{')) onAction({ type: 'char', char: button });
        }}
      />
    </div>
  );
});
