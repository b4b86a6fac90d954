import type { ReactElement } from 'react';
import { AttractScreen } from '../screens/attract/AttractScreen';
import { ExhibitScreen } from '../screens/exhibit/ExhibitScreen';
import { GalleryScreen } from '../screens/gallery/GalleryScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { NumbersScreen } from '../screens/numbers/NumbersScreen';
import { SearchScreen } from '../screens/search/SearchScreen';
import { TimelineScreen } from '../screens/timeline/TimelineScreen';
import type { NavEntry } from './nav-state';

/** The screen for the top of the navigation stack; keyed by the visit so each visit starts fresh. */
export function Screen({ entry }: { entry: NavEntry }): ReactElement {
  const r = entry.route;
  switch (r.name) {
    case 'attract':
      return <AttractScreen key={entry.key} />;
    case 'gallery':
      return <GalleryScreen key={entry.key} slug={r.slug} />;
    case 'exhibit':
      return <ExhibitScreen key={entry.key} id={r.id} />;
    case 'timeline':
      return <TimelineScreen key={entry.key} />;
    case 'numbers':
      return <NumbersScreen key={entry.key} />;
    case 'search':
      return <SearchScreen key={entry.key} />;
    case 'home':
    case 'curator':
      return <HomeScreen key={entry.key} />;
  }
}
