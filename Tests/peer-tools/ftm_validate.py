"""Strict validation of a FollowTheMoney JSON lines file with the real `followthemoney` library.

Usage: python ftm_validate.py FILE

Every line must be one entity whose schema exists and is not abstract, whose properties all exist
in that schema and are writable, whose values pass FtM's own validation (Schema.validate) and are
already in FtM's normal form (cleaning them changes nothing), with every required property present,
every entity reference resolving to an entity of the file whose schema fits the property's range,
and no id used twice. Prints a JSON summary (entity counts per schema) and exits 0; on any problem
prints every problem, one per line, and exits 1.
"""
import json
import sys

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.types import registry


def main(path):
    problems = []
    entities = {}
    references = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            where = f"line {number}"
            try:
                data = json.loads(line)
            except ValueError as error:
                problems.append(f"{where}: not JSON: {error}")
                continue
            schema = model.get(data.get("schema", ""))
            if schema is None:
                problems.append(f"{where}: unknown schema {data.get('schema')!r}")
                continue
            if schema.abstract:
                problems.append(f"{where}: abstract schema {schema.name}")
            entity_id = data.get("id")
            if not entity_id:
                problems.append(f"{where}: no id")
                continue
            where = f"line {number} ({entity_id})"
            if entity_id in entities:
                problems.append(f"{where}: id used twice")
            properties = data.get("properties", {})
            proxy = model.get_proxy(data, cleaned=False)
            for name, values in properties.items():
                prop = schema.properties.get(name)
                if prop is None:
                    problems.append(f"{where}: {schema.name} has no property {name!r}")
                    continue
                if prop.stub:
                    problems.append(f"{where}: {name} cannot be written")
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    problems.append(f"{where}: {name} must be a list of strings")
                    continue
                for value in values:
                    cleaned = prop.type.clean_text(value, format=prop.format, proxy=proxy)
                    if cleaned != value:
                        problems.append(f"{where}: {name} value {value!r} is not in FtM's normal form ({cleaned!r})")
                    if prop.type == registry.entity:
                        references.append((where, name, value, prop.range))
            try:
                schema.validate(data)
            except InvalidData as error:
                problems.append(f"{where}: {error} {getattr(error, 'errors', '')}")
            for required in schema.required:
                if not properties.get(required):
                    problems.append(f"{where}: {schema.name} requires {required}")
            entities[entity_id] = schema
    for where, name, target, expected in references:
        found = entities.get(target)
        if found is None:
            problems.append(f"{where}: {name} refers to {target!r}, which is not in the file")
        elif expected is not None and not found.is_a(expected):
            problems.append(f"{where}: {name} refers to a {found.name}, expected a {expected.name}")
    if problems:
        print("\n".join(problems))
        return 1
    counts = {}
    for schema in entities.values():
        counts[schema.name] = counts.get(schema.name, 0) + 1
    print(json.dumps({"entities": len(entities), "schemata": counts}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
