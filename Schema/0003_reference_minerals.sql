-- Mineral commodities a document may name without defining them: name, chemical symbol where the
-- commodity is an element, group, and common spellings (aliases).

CREATE TEMP TABLE reference_minerals (
    seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, symbol TEXT, mineral_group TEXT NOT NULL
);
INSERT INTO reference_minerals(name, symbol, mineral_group) VALUES
    ('copper', 'Cu', 'base metals'),
    ('lead', 'Pb', 'base metals'),
    ('zinc', 'Zn', 'base metals'),
    ('nickel', 'Ni', 'base metals'),
    ('tin', 'Sn', 'base metals'),
    ('aluminium', 'Al', 'base metals'),
    ('iron', 'Fe', 'ferrous metals'),
    ('iron ore', NULL, 'ferrous metals'),
    ('manganese', 'Mn', 'ferrous metals'),
    ('chromium', 'Cr', 'ferrous metals'),
    ('chromite', NULL, 'ferrous metals'),
    ('vanadium', 'V', 'ferrous metals'),
    ('molybdenum', 'Mo', 'ferrous metals'),
    ('tungsten', 'W', 'ferrous metals'),
    ('cobalt', 'Co', 'battery metals'),
    ('lithium', 'Li', 'battery metals'),
    ('graphite', 'C', 'battery metals'),
    ('gold', 'Au', 'precious metals'),
    ('silver', 'Ag', 'precious metals'),
    ('platinum', 'Pt', 'precious metals'),
    ('palladium', 'Pd', 'precious metals'),
    ('rhodium', 'Rh', 'precious metals'),
    ('rare earth elements', NULL, 'critical minerals'),
    ('neodymium', 'Nd', 'critical minerals'),
    ('antimony', 'Sb', 'critical minerals'),
    ('gallium', 'Ga', 'critical minerals'),
    ('germanium', 'Ge', 'critical minerals'),
    ('titanium', 'Ti', 'critical minerals'),
    ('tantalum', 'Ta', 'critical minerals'),
    ('niobium', 'Nb', 'critical minerals'),
    ('beryllium', 'Be', 'critical minerals'),
    ('bismuth', 'Bi', 'critical minerals'),
    ('magnesium', 'Mg', 'critical minerals'),
    ('silicon', 'Si', 'critical minerals'),
    ('uranium', 'U', 'energy minerals'),
    ('thorium', 'Th', 'energy minerals'),
    ('coal', NULL, 'energy minerals'),
    ('lignite', NULL, 'energy minerals'),
    ('bauxite', NULL, 'industrial minerals'),
    ('gypsum', NULL, 'industrial minerals'),
    ('rock salt', NULL, 'industrial minerals'),
    ('limestone', NULL, 'industrial minerals'),
    ('marble', NULL, 'industrial minerals'),
    ('granite', NULL, 'industrial minerals'),
    ('barite', NULL, 'industrial minerals'),
    ('fluorite', NULL, 'industrial minerals'),
    ('phosphate', NULL, 'industrial minerals'),
    ('potash', NULL, 'industrial minerals'),
    ('silica sand', NULL, 'industrial minerals'),
    ('soapstone', NULL, 'industrial minerals'),
    ('talc', NULL, 'industrial minerals'),
    ('feldspar', NULL, 'industrial minerals'),
    ('kaolin', NULL, 'industrial minerals'),
    ('magnesite', NULL, 'industrial minerals'),
    ('sulphur', 'S', 'industrial minerals'),
    ('gemstones', NULL, 'gemstones'),
    ('emerald', NULL, 'gemstones'),
    ('ruby', NULL, 'gemstones'),
    ('sapphire', NULL, 'gemstones'),
    ('diamond', NULL, 'gemstones'),
    ('tourmaline', NULL, 'gemstones'),
    ('topaz', NULL, 'gemstones'),
    ('peridot', NULL, 'gemstones');

CREATE TEMP TABLE reference_mineral_aliases (name TEXT NOT NULL, alias TEXT NOT NULL);
INSERT INTO reference_mineral_aliases(name, alias) VALUES
    ('aluminium', 'aluminum'),
    ('iron', 'iron metal'),
    ('chromium', 'chrome'),
    ('sulphur', 'sulfur'),
    ('rare earth elements', 'rare earths'),
    ('rare earth elements', 'REE'),
    ('gemstones', 'gemstone'),
    ('gemstones', 'gems'),
    ('gemstones', 'precious stones'),
    ('rock salt', 'halite'),
    ('rock salt', 'pink salt'),
    ('barite', 'baryte'),
    ('fluorite', 'fluorspar'),
    ('coal', 'thermal coal'),
    ('lithium', 'lithium carbonate'),
    ('tungsten', 'wolfram'),
    ('molybdenum', 'moly'),
    ('diamond', 'diamonds'),
    ('emerald', 'emeralds'),
    ('ruby', 'rubies'),
    ('sapphire', 'sapphires'),
    ('phosphate', 'phosphate rock'),
    ('potash', 'potassium chloride');

CREATE TEMP TABLE reference_mineral_ids AS
    SELECT name, seq + (SELECT coalesce(max(id), 0) FROM entities) AS id FROM reference_minerals;
INSERT INTO entities(id, kind, name)
    SELECT i.id, 'mineral', m.name FROM reference_minerals AS m JOIN reference_mineral_ids AS i USING (name);
INSERT INTO minerals(id, name, symbol, mineral_group)
    SELECT i.id, m.name, m.symbol, m.mineral_group FROM reference_minerals AS m JOIN reference_mineral_ids AS i USING (name);
INSERT OR IGNORE INTO aliases(normalised, entity_id, alias)
    SELECT mkb_normalise(m.name), i.id, m.name FROM reference_minerals AS m JOIN reference_mineral_ids AS i USING (name);
-- The symbol is an alias too ("Cu"), except where it is a common word of its own.
INSERT OR IGNORE INTO aliases(normalised, entity_id, alias)
    SELECT mkb_normalise(m.symbol), i.id, m.symbol FROM reference_minerals AS m JOIN reference_mineral_ids AS i USING (name)
    WHERE m.symbol IS NOT NULL AND m.symbol NOT IN ('C', 'S', 'U', 'V', 'W', 'Be', 'In', 'Ni', 'Co', 'Al', 'Ag', 'Mo', 'Ti');
INSERT OR IGNORE INTO aliases(normalised, entity_id, alias)
    SELECT mkb_normalise(a.alias), i.id, a.alias FROM reference_mineral_aliases AS a JOIN reference_mineral_ids AS i USING (name);
DROP TABLE reference_minerals;
DROP TABLE reference_mineral_aliases;
DROP TABLE reference_mineral_ids;
