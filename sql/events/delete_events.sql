-- Canonical events are rebuilt from the mentions within one transaction.
delete from events
