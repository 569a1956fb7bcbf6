// The before/after pair an audit row stores: only the fields a write changed.

export type Snapshot = Record<string, unknown>;
export type FieldChanges = { before: Snapshot; after: Snapshot };

export function changedFields(before: Snapshot, after: Snapshot): FieldChanges {
  const changes: FieldChanges = { before: {}, after: {} };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[key] ?? null;
    const now = after[key] ?? null;
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    changes.before[key] = was;
    changes.after[key] = now;
  }
  return changes;
}

export function hasChanges(changes: FieldChanges): boolean {
  return Object.keys(changes.after).length > 0;
}
