-- Zones of intervention (issue 11): the communes a radius or employment areas cover are computed
-- when the profile is saved and kept in ambassadors.public -> 'zoneCommunes' (absent: every commune
-- of public -> 'departments'). This index keeps "who covers this commune?" (suggestions, search by
-- commune) an index lookup rather than a distance computed in the query.
CREATE INDEX ambassadors_zone_communes ON ambassadors USING gin ((public -> 'zoneCommunes'));
CREATE INDEX ambassadors_zone_departments ON ambassadors USING gin ((public -> 'departments'));
