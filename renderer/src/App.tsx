import { useEffect, useState } from 'react';
import type { CollectionSummary, ExhibitTile } from '../../archive/api/contract';
import { api } from './api/client';
import { mediaUrl } from './api/media-url';

export function App() {
  const [collections, setCollections] = useState<CollectionSummary[]>([]);
  const [tiles, setTiles] = useState<Record<string, ExhibitTile[]>>({});
  useEffect(() => {
    void (async () => {
      const { collections } = await api.listCollections({});
      setCollections(collections);
      const pages = await Promise.all(collections.map((c) => api.listExhibits({ collection: c.slug, limit: 48 })));
      setTiles(Object.fromEntries(collections.map((c, i) => [c.slug, pages[i]?.items ?? []])));
      document.documentElement.dataset.ready = 'true';
    })();
  }, []);
  return (
    <main>
      {collections.map((c) => (
        <section key={c.id} aria-label={c.title.zh}>
          <h2>{c.title.zh}</h2>
          <ul>
            {(tiles[c.slug] ?? []).map((t) => (
              <li key={t.id}>
                {t.cover && <img src={mediaUrl(t.cover.sha256, 'thumb')} alt={t.cover.alt.zh || t.name.zh || t.title.zh} width={t.cover.thumb.width} height={t.cover.thumb.height} />}
                <span>{t.name.zh || t.title.zh}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
