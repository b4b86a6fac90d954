import { useRef, useState, type DragEvent, type ReactElement } from 'react';
import type { MediaRef, PhotoText } from '../../../../archive/api/contract';
import { ApiError } from '../../api/client';
import { mediaUrl } from '../../api/media-url';
import { useCt } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';
import { call } from '../lib/curator-api';
import { photoText, setPhotoText } from '../lib/exhibit-form';
import { uploadFile } from '../lib/upload';
import { LocalTextField, TextField } from './fields';
import { SortableList } from './Sortable';

interface Upload {
  key: number;
  name: string;
  progress: number;
  error: string | null;
}

export interface PhotoManagerProps {
  order: readonly string[];
  refs: ReadonlyMap<string, MediaRef>;
  texts: Readonly<Record<string, PhotoText>>;
  cover: string | null;
  onAdded: (ref: MediaRef) => void;
  onOrder: (order: string[]) => void;
  onText: (text: PhotoText) => void;
  onCover: (sha256: string) => void;
  onRemove: (sha256: string) => void;
}

let uploadKey = 0;

/**
 * Photos of one exhibit: added with the file picker or by dropping files, each checked by the archive's
 * media pipeline (a bad file gets its own message and nothing else is affected), ordered by dragging, with
 * alt text, caption and credit per photo and one cover.
 */
export function PhotoManager(p: PhotoManagerProps): ReactElement {
  const t = useCt();
  const text = useEngineText();
  const input = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);

  const addFiles = async (files: readonly File[]) => {
    for (const file of files) {
      const key = ++uploadKey;
      const update = (patch: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
      setUploads((list) => [...list, { key, name: file.name, progress: 0, error: null }]);
      try {
        const uploadId = await uploadFile(file, (f) => update({ progress: f }));
        const { photo } = await call('addPhoto', { uploadId });
        p.onAdded(photo);
        setUploads((list) => list.filter((u) => u.key !== key));
      } catch (e) {
        // A refused photo's own text names the file; other failures say which file they were about.
        update({ error: e instanceof ApiError && e.code.startsWith('MEDIA_') ? text.errorLine(e) : t('cur.photos.refused', { name: file.name, message: text.errorLine(e) }) });
      }
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void addFiles([...e.dataTransfer.files]);
  };

  return (
    <div className="cur-photos">
      <div
        className={`cur-dropzone${over ? ' cur-dropzone-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="photo-dropzone"
      >
        <p>{t('cur.photos.drop')}</p>
        <button type="button" className="cur-btn cur-btn-primary" onClick={() => input.current?.click()}>
          {t('cur.photos.add')}
        </button>
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif,image/tiff,image/gif,.jpg,.jpeg,.png,.webp,.avif,.tif,.tiff,.gif"
          multiple
          hidden
          aria-label={t('cur.photos.add')}
          onChange={(e) => {
            void addFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      {uploads.length > 0 && (
        <ul className="cur-uploads" aria-live="polite">
          {uploads.map((u) => (
            <li key={u.key} className={u.error ? 'cur-error' : undefined}>
              {u.error ?? t('cur.photos.uploading', { name: u.name, pct: Math.round(u.progress * 100) })}
              {u.error && (
                <button type="button" className="cur-btn cur-btn-small" onClick={() => setUploads((l) => l.filter((x) => x.key !== u.key))}>
                  {t('cur.common.close')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {p.order.length === 0 ? (
        <p className="cur-empty">{t('cur.photos.empty')}</p>
      ) : (
        <>
          <p className="cur-hint">{t('cur.photos.order')}</p>
          <SortableList
            items={p.order}
            id={(sha) => sha}
            label={(sha) => t('cur.photos.n', { n: p.order.indexOf(sha) + 1 })}
            onChange={p.onOrder}
            className="cur-photo-list"
            render={(sha, i) => <PhotoCard sha={sha} index={i} {...p} />}
          />
        </>
      )}
    </div>
  );
}

function PhotoCard({ sha, index, refs, texts, cover, onText, onCover, onRemove }: PhotoManagerProps & { sha: string; index: number }): ReactElement {
  const t = useCt();
  const ref = refs.get(sha);
  const text = texts[sha] ?? (ref ? photoText(ref) : { sha256: sha, alt: { zh: '' }, caption: { zh: '' }, credit: '' });
  const isCover = cover === sha;
  return (
    <div className="cur-photo-card">
      <div className="cur-photo-side">
        {ref ? <img src={mediaUrl(sha, 'thumb')} alt={text.alt.zh || t('cur.photos.n', { n: index + 1 })} width={ref.thumb.width} height={ref.thumb.height} /> : null}
        <span className="cur-photo-n">{t('cur.photos.n', { n: index + 1 })}</span>
        {isCover ? (
          <span className="cur-badge cur-badge-published">{t('cur.photos.cover')}</span>
        ) : (
          <button type="button" className="cur-btn cur-btn-small" onClick={() => onCover(sha)} aria-label={`${t('cur.photos.makeCover')}：${t('cur.photos.n', { n: index + 1 })}`}>
            {t('cur.photos.makeCover')}
          </button>
        )}
        <button type="button" className="cur-btn cur-btn-small cur-btn-danger" onClick={() => onRemove(sha)} aria-label={`${t('cur.photos.remove')}：${t('cur.photos.n', { n: index + 1 })}`}>
          {t('cur.photos.remove')}
        </button>
      </div>
      <div className="cur-photo-fields">
        <LocalTextField label={`${t('cur.photos.alt')} · ${t('cur.photos.n', { n: index + 1 })}`} value={text.alt} onChange={(lang, v) => onText(setPhotoText(text, 'alt', lang, v))} />
        <LocalTextField label={`${t('cur.photos.caption')} · ${t('cur.photos.n', { n: index + 1 })}`} value={text.caption} onChange={(lang, v) => onText(setPhotoText(text, 'caption', lang, v))} />
        <TextField label={`${t('cur.photos.credit')} · ${t('cur.photos.n', { n: index + 1 })}`} value={text.credit} onChange={(v) => onText({ ...text, credit: v })} />
      </div>
    </div>
  );
}
