import { createContext, useContext } from 'react';
import type { ApiOutput } from '../../../archive/api/contract';

export type KioskInfo = ApiOutput<'getKioskInfo'>;

export const KioskContext = createContext<KioskInfo | null>(null);

export function useKiosk(): KioskInfo {
  const info = useContext(KioskContext);
  if (!info) throw new Error('useKiosk before the kiosk info loaded');
  return info;
}
