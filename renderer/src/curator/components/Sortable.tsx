import { DndContext, KeyboardSensor, PointerSensor, TouchSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy, rectSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactElement, ReactNode } from 'react';
import { useCt } from '../i18n/use-ct';
import { move } from '../lib/exhibit-form';

/**
 * A list ordered by dragging (mouse, touch after a short press, or keyboard: space, arrows, space), with
 * up/down buttons beside each item for anyone who cannot drag.
 */
export function SortableList<T>(p: {
  items: readonly T[];
  id: (item: T) => string;
  label: (item: T) => string;
  onChange: (items: T[]) => void;
  render: (item: T, index: number) => ReactNode;
  layout?: 'list' | 'grid';
  className?: string;
}): ReactElement {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = p.items.map(p.id);
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    p.onChange(move(p.items, ids.indexOf(String(e.active.id)), ids.indexOf(String(e.over.id))));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={p.layout === 'grid' ? rectSortingStrategy : verticalListSortingStrategy}>
        <ol className={p.className ?? 'cur-sortable'}>
          {p.items.map((item, i) => (
            <SortableItem key={ids[i]} id={ids[i]!} label={p.label(item)} index={i} count={p.items.length} onMove={(to) => p.onChange(move(p.items, i, to))}>
              {p.render(item, i)}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({ id, label, index, count, onMove, children }: { id: string; label: string; index: number; count: number; onMove: (to: number) => void; children: ReactNode }): ReactElement {
  const t = useCt();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <li ref={setNodeRef} className={`cur-sortable-item${isDragging ? ' cur-dragging' : ''}`} style={{ transform: CSS.Transform.toString(transform), transition }} data-sort-id={id}>
      <button type="button" className="cur-drag-handle" {...attributes} {...listeners} aria-label={t('cur.common.dragHandle', { name: label })}>
        ⠿
      </button>
      <div className="cur-sortable-body">{children}</div>
      <div className="cur-sortable-moves">
        <button type="button" className="cur-btn cur-btn-small" aria-label={t('cur.common.moveUp', { name: label })} disabled={index === 0} onClick={() => onMove(index - 1)}>
          ↑
        </button>
        <button type="button" className="cur-btn cur-btn-small" aria-label={t('cur.common.moveDown', { name: label })} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
          ↓
        </button>
      </div>
    </li>
  );
}
