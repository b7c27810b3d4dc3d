-- 0003: events in date order. Append-only: never edit a released migration,
-- add a new numbered file instead.
--
-- date_sort is the first day of an event's date ("2024-03" -> "2024-03-01",
-- "2024-W10" -> "2024-03-04", "2022/2024" -> "2022-01-01"), or '~' (after
-- every digit) when the date is unknown, so that ORDER BY date_sort, id
-- lists events by date with the undated last, through an index. It is a
-- virtual generated column: derived from date_value alone and never
-- written, it is not in PRAGMA table_info, so the change capture neither
-- records nor restores it and it is right after any undo or redo.
-- In it, P = substr(date_value, 1, instr(date_value || '/', '/') - 1) is
-- the start of a range, or the whole value.
ALTER TABLE events ADD COLUMN date_sort TEXT GENERATED ALWAYS AS (CASE
	WHEN date_value = '' THEN '~'
	-- ISO week YYYY-Www: the Monday of week 1 is the Monday on or before 4 January.
	WHEN substr(date_value, 1, instr(date_value || '/', '/') - 1) GLOB '[0-9][0-9][0-9][0-9]-W[0-9]*' THEN coalesce(
		date(substr(date_value, 1, 4) || '-01-04',
			'-' || ((CAST(strftime('%w', substr(date_value, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) || ' days',
			'+' || ((CAST(substr(substr(date_value, 1, instr(date_value || '/', '/') - 1), 7) AS INTEGER) - 1) * 7) || ' days'),
		date_value)
	-- YYYY, YYYY-MM and YYYY-MM-DD: padded to a day.
	ELSE substr(date_value, 1, instr(date_value || '/', '/') - 1)
		|| substr('0000-01-01', instr(date_value || '/', '/'))
END) VIRTUAL;

CREATE INDEX events_sort ON events(date_sort);
CREATE INDEX events_status_sort ON events(status, date_sort);
-- Duplicate links are looked up by their kind and ends.
CREATE INDEX links_ends ON links(from_kind, from_id, to_kind, to_id);
