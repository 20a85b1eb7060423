"""Member tags: manual tags operators set, rule tags (siyu.tags.rules) and computed tags
(RFM classes, lifecycle stage; siyu.tags.computed), kept from what members do.

- `store`: tag definitions, who has which tag, every change with its `TagsChanged` event.
- `signals`: domain events counted into each member's state (day counters, sets, totals).
- `visits`: tracked events (埋点) of a member's day → one `MemberVisited` domain event.
- `evaluate`: one member after an event; everyone hourly (rules, lifecycle) and nightly (+RFM).
- `models`: the engage table's keys for tags and segments (the table is in its docstring).
"""
