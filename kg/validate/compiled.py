"""SHACL shapes compiled to SPARQL, run by Oxigraph over every named graph at once.

Each constraint becomes a query inside ``GRAPH ?g { … }`` whose rows are violations, so
targets, values, counts and ``sh:class`` lookups stay within one graph, exactly as when
pyshacl validates each named graph on its own. A shape using a SHACL feature not listed in
``SUPPORTED`` is refused with :class:`UnsupportedShapeError` naming the feature, never skipped.
Most rules also have :class:`Probe` queries, cheap necessary conditions for a violation (a scan
of one predicate, not joined to the focus nodes): a rule runs only when a probe is true, so a
conforming graph costs a few scans.

Semantics follow pyshacl where it and the spec part ways: ``sh:datatype`` checks that the
literal is well formed only for the datatypes pyshacl checks (``CHECKED_DATATYPES``), and
default messages are pyshacl's own, built with its ``stringify_node``. Known differences:
``sh:pattern`` uses XPath regular expressions (SPARQL ``REGEX``) where pyshacl uses Python's
``re`` (``$`` before a final newline matches in Python only); a complex ``sh:path`` is
reported as SPARQL path text (pyshacl gives a blank node id); an ill-typed literal (say
``"high"^^xsd:decimal``) breaks ``sh:maxInclusive`` too, where pyshacl sorts it below any
bound; ``sh:lessThan`` on blank nodes is a violation, where pyshacl stops with an error.
"""

from __future__ import annotations

import os
import typing
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf import from_ox, from_ox_triple
from kg.validate.report import LONE_GRAPH, Violation, graph_label, short_path


class UnsupportedShapeError(KgError):
    """The shapes use a SHACL feature the compiled engine does not implement."""


#: Shape parameters the compiler implements; any other ``sh:`` term on a shape is refused.
SUPPORTED = frozenset(
    SH[name]
    for name in (
        *("targetClass", "targetSubjectsOf", "targetObjectsOf", "property", "path"),
        *("minCount", "maxCount", "datatype", "nodeKind", "class", "in", "pattern", "flags"),
        *("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"),
        *("minLength", "maxLength", "lessThan", "lessThanOrEquals", "or"),
        *("qualifiedValueShape", "qualifiedMinCount", "qualifiedMaxCount"),
        *("qualifiedValueShapesDisjoint", "deactivated"),
        *("message", "name", "description", "order", "group", "severity", "defaultValue"),
    )
)
#: Datatypes whose literals must also be well formed (as pyshacl, via rdflib, checks).
CHECKED_DATATYPES = frozenset(
    XSD[name]
    for name in ("integer", "decimal", "float", "double", "boolean", "date", "time", "dateTime")
)
#: Threads running queries at once (at most one per CPU).
WORKERS = 4
_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target)
_SINGLE: tuple[URIRef, ...] = (
    *(SH.path, SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH["in"], SH.flags),
    *(SH.minLength, SH.maxLength, SH["or"], SH.qualifiedValueShape, SH.deactivated),
    *(SH.qualifiedMinCount, SH.qualifiedMaxCount),
)
_PATH_ONLY = (SH.minCount, SH.maxCount, SH.qualifiedValueShape, SH.lessThan, SH.lessThanOrEquals)
_NODE_KINDS = {
    SH.IRI: "isIRI(?v)",
    SH.BlankNode: "isBlank(?v)",
    SH.Literal: "isLiteral(?v)",
    SH.BlankNodeOrIRI: "!isLiteral(?v)",
    SH.BlankNodeOrLiteral: "!isIRI(?v)",
    SH.IRIOrLiteral: "!isBlank(?v)",
}
_RANGES = {  # parameter: (SPARQL test with the bound on the left, pyshacl's message operator)
    SH.minInclusive: ("{} <= ?v", ">="),
    SH.maxInclusive: ("{} >= ?v", "<="),
    SH.minExclusive: ("{} < ?v", ">"),
    SH.maxExclusive: ("{} > ?v", "<"),
}
_DEFAULT = "urn:x-kg:validate:default-graph"
_TYPE = f"<{RDF.type}>"
_TYPE_OR_SUBCLASS = f"<{RDF.type}>/<{RDFS.subClassOf}>*"

#: How a sh:class is tested (see ``_class_check``).
ClassTest = typing.Literal["exists", "optional", "join"]
#: A default message from the shapes' and the data's names, the focus node and the value.
Message = Callable[["Names", Node, Node | None], str]


# -- the shapes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """A test of one value node ``?v``: a SPARQL expression, true when the node conforms.

    ``pattern``, if any, comes before the test and binds variables ``expr`` reads."""

    expr: str
    message: Message
    pattern: str = ""


@dataclass(frozen=True)
class Shape:
    """A node or property shape read from the shapes graph, with its compiled value checks."""

    node: Node
    graph: Graph = field(repr=False)

    def objects(self, parameter: URIRef) -> list[Node]:
        """The values of ``parameter``, in the shapes graph's order (as pyshacl lists them)."""
        return list(self.graph.objects(self.node, parameter))

    def value(self, parameter: URIRef) -> Node | None:
        values = self.objects(parameter)
        if len(values) > 1 and parameter in _SINGLE:
            raise self.unsupported(f"several values of {self.term(parameter)}")
        return values[0] if values else None

    def term(self, node: Node) -> str:
        return node.n3(self.graph.namespace_manager)

    def unsupported(self, what: str) -> UnsupportedShapeError:
        return UnsupportedShapeError(
            f"the compiled SHACL engine does not support {what} (shape {self.term(self.node)});"
            ' validate with engine="pyshacl"'
        )

    @cached_property
    def path(self) -> Node | None:
        return self.value(SH.path)

    @cached_property
    def sparql_path(self) -> str:
        assert self.path is not None
        return _sparql_path(self, self.path)

    @cached_property
    def path_label(self) -> str | None:
        if self.path is None:
            return None
        return short_path(self.path) if isinstance(self.path, URIRef) else self.sparql_path

    @cached_property
    def deactivated(self) -> bool:
        flag = self.value(SH.deactivated)
        return isinstance(flag, Literal) and flag.value is True

    @cached_property
    def message(self) -> str | None:
        messages = [str(m) for m in self.objects(SH.message)]
        return messages[0] if messages else None

    def check_support(self) -> None:
        """Refuse the shape when it uses a ``sh:`` parameter the compiler does not know."""
        for parameter in set(self.graph.predicates(self.node, None)):
            if str(parameter).startswith(str(SH)) and parameter not in SUPPORTED:
                raise self.unsupported(self.term(parameter))
        disjoint = self.value(SH.qualifiedValueShapesDisjoint)
        if disjoint is not None and not (isinstance(disjoint, Literal) and disjoint.value is False):
            raise self.unsupported("sh:qualifiedValueShapesDisjoint true")
        kinds = set(self.graph.objects(self.node, RDF.type))
        if kinds & {RDFS.Class, OWL.Class}:
            raise self.unsupported("implicit class targets (a shape that is also a class)")

    def checks(self, typ: str, depth: int = 0, classes: ClassTest = "exists") -> list[Check]:
        """The node-level constraints of this shape, as tests of each value node ``?v``
        (sh:class tested as ``classes`` says, see ``_class_check``)."""
        self.check_support()
        if depth > 8:
            raise self.unsupported("shapes nested more than 8 deep in sh:or")
        found: list[Check] = []
        kind = self.value(SH.nodeKind)
        if kind is not None:
            test = _NODE_KINDS.get(URIRef(kind)) if isinstance(kind, URIRef) else None
            if test is None:
                raise self.unsupported(f"sh:nodeKind {self.term(kind)}")
            found.append(Check(test, _constant("Value is not of Node Kind {}", kind)))
        datatype = self.value(SH.datatype)
        if datatype is not None:
            found.append(_datatype_check(self, datatype))
        for i in range(len(self.objects(SH["class"]))):
            found.append(_class_check(self, i, typ, classes))
        members = self.value(SH["in"])
        if members is not None:
            found.append(_in_check(self, members))
        patterns = self.objects(SH.pattern)
        flags = self.value(SH.flags)
        for pattern in patterns:
            expr = f"(!isBlank(?v) && REGEX(STR(?v), {Literal(str(pattern)).n3()}"
            expr += f", {Literal(str(flags)).n3()}))" if flags is not None else "))"
            found.append(Check(expr, _pattern_message(patterns)))
        for parameter, (test, operator) in _RANGES.items():
            bounds = self.objects(parameter)
            for bound in bounds:
                if not isinstance(bound, Literal):
                    raise self.unsupported(f"a non-literal {self.term(parameter)}")
                expr = f"COALESCE({test.format(bound.n3())}, false)"
                found.append(Check(expr, _range_message(operator, bounds)))
        for parameter, operator in ((SH.minLength, ">="), (SH.maxLength, "<=")):
            length = self.value(parameter)
            if length is not None:
                found.append(_length_check(self, length, operator))
        alternatives = self.value(SH["or"])
        if alternatives is not None:
            found.append(_or_check(self, alternatives, typ, depth))
        return found

    def conforms(self, typ: str, depth: int = 0) -> str:
        """A SPARQL expression true when ``?v`` conforms to this (node-level) shape."""
        return self.conforming(typ, depth)[1]

    def conforming(
        self, typ: str, depth: int = 0, classes: ClassTest = "exists"
    ) -> tuple[str, str]:
        """A pattern and a SPARQL expression true when ``?v`` conforms to this (node-level)
        shape; the pattern is empty when ``classes`` is ``exists`` (see ``checks``)."""
        if self.deactivated:
            return "", "true"
        if self.path is not None or self.objects(SH.property):
            raise self.unsupported("property shapes inside sh:or or sh:qualifiedValueShape")
        checks = self.checks(typ, depth + 1, classes)
        tests = [c.expr for c in checks]
        pattern = " ".join(c.pattern for c in checks if c.pattern)
        return pattern, f"({' && '.join(tests)})" if tests else "true"


def _iri(shape: Shape, node: Node) -> str:
    if not isinstance(node, URIRef):
        raise shape.unsupported(f"a non-IRI value {node.n3()}")
    return f"<{node}>"


def _sparql_path(shape: Shape, path: Node) -> str:
    """A SHACL property path as a SPARQL property path."""
    if isinstance(path, URIRef):
        return f"<{path}>"
    graph = shape.graph
    if graph.value(path, RDF.first) is not None:
        return "(" + "/".join(_sparql_path(shape, p) for p in Collection(graph, path)) + ")"
    for predicate, wrap in (
        (SH.inversePath, "^({})"),
        (SH.zeroOrMorePath, "({})*"),
        (SH.oneOrMorePath, "({})+"),
        (SH.zeroOrOnePath, "({})?"),
    ):
        inner = graph.value(path, predicate)
        if inner is not None:
            return wrap.format(_sparql_path(shape, inner))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_sparql_path(shape, p) for p in Collection(graph, alternatives)) + ")"
    raise shape.unsupported(f"the sh:path {path.n3()}")


def _datatype_check(shape: Shape, datatype: Node) -> Check:
    dt = _iri(shape, datatype)
    if datatype == RDFS.Literal:
        expr = "isLiteral(?v)"
    elif datatype == RDF.langString:
        expr = '(isLiteral(?v) && LANG(?v) != "")'
    elif datatype == RDFS.Datatype:  # pyshacl: any literal with a datatype, so not a plain one
        expr = f'(isLiteral(?v) && LANG(?v) = "" && !sameTerm(DATATYPE(?v), <{XSD.string}>))'
    elif datatype in CHECKED_DATATYPES:  # the right datatype, and a lexical form that parses
        expr = f"(isLiteral(?v) && sameTerm(DATATYPE(?v), {dt})"
        expr += f" && COALESCE(sameTerm(DATATYPE({dt}(?v)), {dt}), false))"
    else:
        expr = f"(isLiteral(?v) && sameTerm(DATATYPE(?v), {dt}))"
    return Check(expr, _constant("Value is not Literal with datatype {}", datatype))


def _class_check(shape: Shape, index: int, typ: str, test: ClassTest) -> Check:
    """The ``index``-th sh:class: ``?v`` is an instance of it (or of a subclass) in its graph.

    ``exists`` tests each value node with an EXISTS, which any expression can hold.
    ``optional`` binds ``?_is<index>`` in an OPTIONAL, which Oxigraph evaluates as one hash
    join with the class's instances: several times cheaper than an EXISTS per value node (and
    than looking up each node, for nodes stated in many graphs). ``join`` joins ``?v`` to the
    class's instances, dropping the others (and repeating ``?v`` when several paths lead to
    the class), for where only conforming values matter and repeats do not. A literal, never
    a subject, is never an instance: no ``isLiteral`` test, which would read every value's
    text from the store.
    """
    classes = shape.objects(SH["class"])
    message = _class_message(classes)
    instance = f"?v {typ} {_iri(shape, classes[index])}"
    if test == "join":
        return Check("true", message, f"{instance} .")
    if test == "optional":
        found = f"?_is{index}"
        pattern = f"OPTIONAL {{ {instance} BIND(true AS {found}) }}"
        return Check(f"BOUND({found})", message, pattern)
    return Check(f"EXISTS {{ {instance} }}", message)


def _in_check(shape: Shape, members: Node) -> Check:
    values = list(Collection(shape.graph, members))
    for value in values:
        if isinstance(value, BNode):
            raise shape.unsupported("blank nodes in sh:in")
    tests = [f"sameTerm(?v, {value.n3()})" for value in values]
    expr = f"({' || '.join(tests)})" if tests else "false"

    def message(names: Names, focus: Node, value: Node | None) -> str:
        listed = [names.shape(member) for member in values]
        return f"Value {names.data(value)} not in list {listed}"

    return Check(expr, message)


def _length_check(shape: Shape, length: Node, operator: str) -> Check:
    if not (isinstance(length, Literal) and isinstance(length.value, int) and length.value >= 0):
        raise shape.unsupported(f"a length that is not a non-negative integer ({length.n3()})")
    if operator == ">=" and length.value == 0:
        expr = "true"
    else:
        expr = f"(!isBlank(?v) && STRLEN(STR(?v)) {operator} {length.value})"
    text = (
        f"String length not {operator} {{}}"  # the length written as a data node, as pyshacl does
    )
    return Check(expr, lambda names, focus, value: text.format(names.data(length)))


def _or_check(shape: Shape, alternatives: Node, typ: str, depth: int) -> Check:
    members = list(Collection(shape.graph, alternatives))
    if not members:
        raise shape.unsupported("an empty sh:or list")
    shapes = [Shape(member, shape.graph) for member in members]
    expr = "(" + " || ".join(s.conforms(typ, depth) for s in shapes) + ")"

    def message(names: Names, focus: Node, value: Node | None) -> str:
        listed = " , ".join(names.shape(member) for member in members)
        return f"Node {names.data(value)} must conform to one or more shapes in {listed}"

    return Check(expr, message)


def _constant(template: str, parameter: Node) -> Message:
    return lambda names, focus, value: template.format(names.shape(parameter))


def _class_message(classes: list[Node]) -> Message:
    def message(names: Names, focus: Node, value: Node | None) -> str:
        if len(classes) < 2:
            return f"Value does not have class {names.shape(classes[0])}"
        return f"Value class is not in classes ({', '.join(names.shape(c) for c in classes)})"

    return message


def _pattern_message(patterns: list[Node]) -> Message:
    if len(patterns) < 2:
        text = f"Value does not match pattern '{patterns[0]}'"
    else:
        text = "Value does not match every pattern in ('{}')".format(
            "', '".join(map(str, patterns))
        )
    return lambda names, focus, value: text


def _range_message(operator: str, bounds: list[Node]) -> Message:
    def message(names: Names, focus: Node, value: Node | None) -> str:
        if len(bounds) < 2:
            return f"Value is not {operator} {names.shape(bounds[0])}"
        return f"Value is not {operator} in ({', '.join(names.shape(b) for b in bounds)})"

    return message


# -- the queries ------------------------------------------------------------------------------


def _scope(pattern: str, named: bool) -> str:
    """``pattern`` evaluated in each named graph (``?g``), or in the default graph only."""
    if named:
        return f"GRAPH ?g {{ {pattern} }}"
    return f"VALUES ?g {{ <{_DEFAULT}> }} {{ {pattern} }}"


@dataclass(frozen=True)
class Probe:
    """A cheap ASK query that is true whenever a rule may have violations.

    Violations are rare, and finding that there are none is much cheaper than listing them:
    a scan of one predicate's statements, without joining each to the focus nodes. A probe is
    a necessary condition only, so a true probe just means running the rule's own query.
    ``where`` is true when the pattern has a solution, or with ``lacking``, when some
    ``?this`` of it has no solution of ``lacking`` in its graph (looked up for each node, or
    when ``shared``, as a hash join: looking up a node stated in many graphs goes through its
    statements in all of them); ``repeated`` when some ``?this`` has more than one solution
    of the pattern in one graph (or, when ``across``, over all graphs, so also when one
    ``?this`` is in two graphs: cheaper, but true for every node stated in several graphs);
    ``either`` when one of those probes is.
    """

    where: str = ""
    lacking: str = ""
    repeated: str = ""
    across: bool = False
    either: tuple[Probe, ...] = ()

    def query(self, named: bool, shared: bool = False) -> str:
        """The probe as an ASK query over every named graph, or over the default graph."""
        return f"ASK {{ {self.pattern(named, shared)} }}"

    @property
    def sharing(self) -> Probe | None:
        """For ``lacking``: the probe of whether some focus node is stated in several graphs
        (or several times), whose answer is the ``shared`` argument of ``query``."""
        return Probe(repeated=self.where, across=True) if self.lacking else None

    def pattern(self, named: bool, shared: bool = False) -> str:
        """The group pattern the ASK query holds (see ``query``)."""
        if self.either:
            return " UNION ".join(f"{{ {p.pattern(named)} }}" for p in self.either)
        if self.repeated:
            counts = "(COUNT(*) AS ?n) (COUNT(DISTINCT ?this) AS ?d)"
            inner = f"SELECT {counts} WHERE {{ {_scope(self.repeated, named)} }}"
            inner += "" if self.across else " GROUP BY ?g"
            return f"{{ {inner} }} FILTER(?n != ?d)"
        if self.lacking and shared:
            nodes = f"SELECT ?g ?this WHERE {{ {_scope(self.where, named)} }}"
            found = f"SELECT ?g ?this (true AS ?_has) WHERE {{ {_scope(self.lacking, named)} }}"
            return f"{{ {nodes} }} OPTIONAL {{ {found} }} FILTER(!BOUND(?_has))"
        if self.lacking:
            lookup = f"OPTIONAL {{ {self.lacking} BIND(true AS ?_has) }} FILTER(!BOUND(?_has))"
            return _scope(f"{self.where} {lookup}", named)
        return _scope(self.where, named)


@dataclass(frozen=True)
class Rule:
    """A SPARQL query whose rows are violations of one shape, and how to read its rows.

    ``where`` is a pattern evaluated inside one graph, ``select`` the projected variables
    besides ``?g`` and ``tail`` a GROUP BY/HAVING. ``first``, when given, is a subquery run
    before ``where`` (``SELECT ?g {first_select} WHERE {first} {first_tail}``, also inside one
    graph): scanning a predicate's statements and filtering them is much faster in Oxigraph
    than looking up each focus node's values. ``read`` turns a row (variable → pyoxigraph
    term) into (focus, value, message) triples. ``probes``: cheap queries, each true when the
    rule may have violations, run in turn until one is false (then the rule is not run).
    """

    shape: Shape
    select: str
    where: str
    tail: str
    read: Callable[[Names, dict[str, object]], Iterator[tuple[Node, Node | None, str]]]
    first: str = ""
    first_select: str = ""
    first_tail: str = ""
    probes: tuple[Probe, ...] = ()

    def query(self, named: bool) -> str:
        """The query over every named graph, or over the default graph only."""
        body = _scope(self.where, named)
        if self.first:
            inner = f"SELECT ?g {self.first_select} WHERE {{ {_scope(self.first, named)} }}"
            body = f"{{ {inner} {self.first_tail} }} {body}"
        distinct = "" if self.tail else "DISTINCT "
        return f"SELECT {distinct}?g {self.select} WHERE {{ {body} }} {self.tail}"


def compile_shapes(shapes: Graph, *, subclasses: bool = True) -> list[Rule]:
    """The rules of every targeted shape (``sh:class``/``sh:targetClass`` follow
    ``rdfs:subClassOf*`` when ``subclasses``); raise UnsupportedShapeError for unknown features."""
    typ = _TYPE_OR_SUBCLASS if subclasses else _TYPE
    rules: list[Rule] = []
    targeted = {s for p in _TARGETS for s in shapes.subjects(p, None)}
    for node in sorted(targeted, key=str):
        shape = Shape(node, shapes)
        shape.check_support()
        for parameter in (SH.targetNode, SH.target):
            if shape.objects(parameter):
                raise shape.unsupported(shape.term(parameter))
        if shape.deactivated:
            continue
        focus = _focus_pattern(shape, typ)
        rules += _shape_rules(shape, focus, typ, Probe())
        props = [Shape(child, shapes) for child in shape.objects(SH.property)]
        for prop in props:
            prop.check_support()
            if prop.path is None:
                raise prop.unsupported("a sh:property without sh:path")
        props = [prop for prop in props if not prop.deactivated]
        missing = _missing_probe(props, focus)
        for prop in props:
            rules += _shape_rules(prop, focus, typ, missing)
    return rules


def _missing_probe(props: list[Shape], focus: str) -> Probe:
    """One probe for every ``sh:minCount 1`` of a node shape: some focus node lacks a value.

    Looking up each focus node's values of several paths in one pass is about three times
    cheaper than a pass per path, and a NOT EXISTS per path a fifth cheaper than an OPTIONAL
    per path (which also gives the product of the values of several paths). A single path is
    probed on its own, as a hash join where that is cheaper (see ``Probe``).
    """
    required = [prop for prop in props if _count(prop, SH.minCount) == 1]
    if len(required) == 1:
        return Probe(where=focus, lacking=f"?this {required[0].sparql_path} ?m0")
    lacking = " || ".join(f"NOT EXISTS {{ ?this {p.sparql_path} ?m }}" for p in required)
    return Probe(where=f"{focus} FILTER({lacking})" if required else "")


def _focus_pattern(shape: Shape, typ: str) -> str:
    """A pattern binding ``?this`` to every focus node of ``shape`` (repeats are harmless)."""
    branches = []
    classes = shape.objects(SH.targetClass)
    if len(classes) == 1:
        branches.append(f"?this {typ} {_iri(shape, classes[0])} .")
    elif classes:
        listed = " ".join(_iri(shape, c) for c in classes)
        branches.append(f"VALUES ?_class {{ {listed} }} ?this {typ} ?_class .")
    for p in shape.objects(SH.targetSubjectsOf):
        branches.append(f"?this {_iri(shape, p)} ?_other .")
    for p in shape.objects(SH.targetObjectsOf):
        branches.append(f"?_other {_iri(shape, p)} ?this .")
    return branches[0] if len(branches) == 1 else " UNION ".join(f"{{ {b} }}" for b in branches)


def _shape_rules(shape: Shape, focus: str, typ: str, missing: Probe) -> list[Rule]:
    """The rules of one shape: value checks, counts, qualified counts, property pairs.

    ``missing`` is the node shape's probe of its ``sh:minCount 1`` paths."""
    if shape.objects(SH.property) and shape.path is not None:
        raise shape.unsupported("sh:property inside a property shape")
    rules = []
    checks = shape.checks(typ, classes="optional")
    if checks:
        rules.append(_value_rule(shape, focus, checks))
    if shape.path is None:
        for parameter in (*_PATH_ONLY, SH.qualifiedMinCount, SH.qualifiedMaxCount):
            if shape.objects(parameter):
                raise shape.unsupported(f"{shape.term(parameter)} on a node shape")
        return rules
    rules += _count_rules(shape, focus, missing)
    qualified = _qualified_rule(shape, focus, typ)
    if qualified is not None:
        rules.append(qualified)
    for parameter, operator in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
        others = shape.objects(parameter)
        for other in others:
            rules.append(_pair_rule(shape, focus, other, others, operator))
    return rules


def _values(shape: Shape) -> str:
    return "BIND(?this AS ?v)" if shape.path is None else f"?this {shape.sparql_path} ?v ."


def _value_rule(shape: Shape, focus: str, checks: list[Check]) -> Rule:
    oks = [f"?ok{i}" for i in range(len(checks))]
    binds = " ".join(
        f"BIND(COALESCE({c.expr}, false) AS {ok})" for c, ok in zip(checks, oks, strict=True)
    )
    lookups = " ".join(c.pattern for c in checks if c.pattern)
    tests = f"{lookups} {binds} FILTER(!({' && '.join(oks)}))"
    select = f"?this ?v {' '.join(oks)}"

    def read(names: Names, row: dict[str, object]) -> Iterator[tuple[Node, Node | None, str]]:
        focus_node, value = from_ox(row["this"]), from_ox(row["v"])
        for check, ok in zip(checks, oks, strict=True):
            if not _true(row[ok[1:]]):
                yield focus_node, value, shape.message or check.message(names, focus_node, value)

    if isinstance(shape.path, URIRef):  # broken statements first, then whether they are targets
        first = f"{_values(shape)} {tests}"
        probe = Probe(where=f"{_values(shape)} {lookups} {_broken(checks)}")
        return Rule(
            shape, select, focus, "", read, first=first, first_select=select, probes=(probe,)
        )
    return Rule(shape, select, f"{focus} {_values(shape)} {tests}", "", read)


def _broken(checks: list[Check]) -> str:
    """A filter true when some check fails: the probe of a value rule, which needs no ``?ok``
    variables to say which (binding them costs about a fifth of a predicate scan)."""
    passes = " && ".join(f"COALESCE({c.expr}, false)" for c in checks)
    return f"FILTER(!({passes}))"


def _count(shape: Shape, parameter: URIRef) -> int | None:
    count = shape.value(parameter)
    if count is None:
        return None
    if not (isinstance(count, Literal) and isinstance(count.value, int) and count.value >= 0):
        raise shape.unsupported(f"{shape.term(parameter)} {count.n3()}")
    return count.value


def _count_rules(shape: Shape, focus: str, missing: Probe) -> list[Rule]:
    """sh:minCount and sh:maxCount: the number of distinct values in the focus node's graph.

    Probes: ``missing`` for sh:minCount 1; for sh:maxCount, whether any subject has more than
    one value in a graph, or any value for sh:maxCount 0."""
    low, high = _count(shape, SH.minCount), _count(shape, SH.maxCount)
    low = low or None  # sh:minCount 0 always holds
    assert shape.path is not None
    path = shape.path

    def read(names: Names, row: dict[str, object]) -> Iterator[tuple[Node, Node | None, str]]:
        focus_node = from_ox(row["this"])
        n = int(str(getattr(row.get("n"), "value", 0)))
        if low is not None and n < low:
            default = f"Less than {low} values on {names.data(focus_node)}->{names.shape(path)}"
            yield focus_node, None, shape.message or default
        if high is not None and n > high:
            default = f"More than {high} values on {names.data(focus_node)}->{names.shape(path)}"
            yield focus_node, None, shape.message or default

    rules = []
    count = "?this (COUNT(DISTINCT ?v) AS ?n)"
    if low == 1:  # the common case, without grouping
        where = f"{focus} FILTER NOT EXISTS {{ {_values(shape)} }}"
        rules.append(Rule(shape, "?this", where, "", read, probes=(missing,)))
    elif low is not None:
        where = f"{focus} OPTIONAL {{ {_values(shape)} }}"
        tail = f"GROUP BY ?g ?this HAVING (COUNT(DISTINCT ?v) < {low})"
        rules.append(Rule(shape, count, where, tail, read))
    if high is not None:  # values counted first, then whether their subjects are targets
        tail = f"GROUP BY ?g ?this HAVING (COUNT(DISTINCT ?v) > {high})"
        probes = _max_probes(shape, focus, high)
        rules.append(
            Rule(shape, "?this ?n", focus, "", read, _values(shape), count, tail, probes)
            if isinstance(shape.path, URIRef)
            else Rule(shape, count, f"{focus} {_values(shape)}", tail, read, probes=probes)
        )
    return rules


def _max_probes(shape: Shape, focus: str, high: int) -> tuple[Probe, ...]:
    """sh:maxCount: any value (for 0), or a subject with several values: first of any subject
    over all graphs (the cheapest scan), then in one graph (true only when some subject has
    several values there, not for subjects stated in many graphs), then of a focus node (a
    join: when other subjects have several)."""
    if not high:
        return (Probe(where=_values(shape)),)
    values = _values(shape)
    return (
        Probe(repeated=values, across=True),
        Probe(repeated=values),
        Probe(repeated=f"{focus} {values}"),
    )


def _qualified_rule(shape: Shape, focus: str, typ: str) -> Rule | None:
    """sh:qualifiedValueShape: the number of values conforming to it, within bounds."""
    qualified = shape.value(SH.qualifiedValueShape)
    low, high = _count(shape, SH.qualifiedMinCount), _count(shape, SH.qualifiedMaxCount)
    if qualified is None:
        if low is not None or high is not None:
            raise shape.unsupported("sh:qualifiedMinCount/MaxCount without sh:qualifiedValueShape")
        return None
    if low is None and high is None:
        raise shape.unsupported("sh:qualifiedValueShape without sh:qualifiedMinCount/MaxCount")
    lookups, conforms = Shape(qualified, shape.graph).conforming(typ, classes="join")
    tests = ([f"COUNT(DISTINCT ?v) < {low}"] if low is not None else []) + (
        [f"COUNT(DISTINCT ?v) > {high}"] if high is not None else []
    )
    counts = (f" MinCount {low}" if low is not None else "") + (
        f" MaxCount {high}" if high is not None else ""
    )

    def read(names: Names, row: dict[str, object]) -> Iterator[tuple[Node, Node | None, str]]:
        focus_node = from_ox(row["this"])
        n = int(str(getattr(row.get("n"), "value", 0)))
        default = f"Focus node does not conform to shape{counts}: {names.shape(qualified)}"
        for broken in (high is not None and n > high, low is not None and n < low):
            if broken:
                yield focus_node, None, shape.message or default

    qualifying = f"{_values(shape)} {lookups} FILTER(COALESCE({conforms}, false))"
    where = f"{focus} OPTIONAL {{ {qualifying} }}"
    tail = f"GROUP BY ?g ?this HAVING ({' || '.join(tests)})"
    probes = _qualified_probes(focus, qualifying, low, high)
    return Rule(shape, "?this (COUNT(DISTINCT ?v) AS ?n)", where, tail, read, probes=probes)


def _qualified_probes(
    focus: str, qualifying: str, low: int | None, high: int | None
) -> tuple[Probe, ...]:
    """Probes of a qualified count: a focus node without a qualifying value (for a minimum
    of 1), a subject with several (for a maximum), any (for a maximum of 0); none (so the
    rule always runs) for a minimum above 1."""
    probes = []
    if low is not None and low > 1:
        return ()
    if low == 1:  # MINUS: a fifth cheaper than OPTIONAL/!BOUND, four times than NOT EXISTS
        probes.append(Probe(where=f"{focus} MINUS {{ {qualifying} }}"))
    if high is not None:
        probes.append(Probe(repeated=qualifying) if high else Probe(where=qualifying))
    return (Probe(either=tuple(probes)),) if probes else ()


def _pair_rule(shape: Shape, focus: str, other: Node, others: list[Node], operator: str) -> Rule:
    """sh:lessThan(OrEquals): every value against every value of the other property.

    Text (IRIs, plain and language-tagged strings) is compared as text, as pyshacl does; a
    text and a non-text value never compare; anything else compares as in SPARQL.
    """
    text = '(isIRI({0}) || (isLiteral({0}) && (LANG({0}) != "" || sameTerm(DATATYPE({0}), <{1}>))))'
    v_text, o_text = text.format("?v", XSD.string), text.format("?o", XSD.string)
    test = f"IF({v_text}, {o_text} && STR(?v) {operator} STR(?o), !{o_text} && ?v {operator} ?o)"
    pairs = f"{_values(shape)} ?this {_iri(shape, other)} ?o . FILTER(!COALESCE({test}, false))"
    where = f"{focus} {pairs}"
    reverse = "<=" if operator == "<" else "<"

    def read(names: Names, row: dict[str, object]) -> Iterator[tuple[Node, Node | None, str]]:
        focus_node, value = from_ox(row["this"]), from_ox(row["v"])
        listed = ", ".join(names.shape(o) for o in others)
        default = f"Value of {names.data(focus_node)}->{listed} {reverse} {names.data(value)}"
        yield focus_node, value, shape.message or default

    return Rule(shape, "?this ?v ?o", where, "", read, probes=(Probe(where=pairs),))


# -- running ----------------------------------------------------------------------------------


class Names:
    """Nodes written as pyshacl writes them in default messages (its ``stringify_node``).

    ``data`` is the rdflib Graph being validated, if any; otherwise data nodes are written with
    no prefixes, as in the per-graph copies pyshacl is given, and a blank node is described by
    its statements in ``graph`` of ``store``.
    """

    def __init__(
        self, shapes: Graph, data: Graph | None, store: ox.Store, graph: ox.NamedNode | ox.BlankNode
    ) -> None:
        from pyshacl.rdfutil import stringify_node

        self._stringify = stringify_node
        self.shapes, self.data_graph, self.store, self.graph = shapes, data, store, graph

    def shape(self, node: Node) -> str:
        return str(self._stringify(self.shapes, node))

    def data(self, node: Node | None) -> str:
        assert node is not None, "a message names a value the result does not have"
        graph = self.data_graph
        if graph is None:
            graph = Graph(bind_namespaces="none")
            if isinstance(node, BNode):
                self._describe(graph, node)
        return str(self._stringify(graph, node))

    def _describe(self, graph: Graph, node: BNode) -> None:
        """Copy the statements about ``node`` (and the blank nodes it leads to) into ``graph``."""
        default = isinstance(self.graph, ox.NamedNode) and self.graph.value == _DEFAULT
        name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph = (
            ox.DefaultGraph() if default else self.graph
        )
        todo, done = [node], set()
        while todo:
            current = todo.pop()
            done.add(current)
            quads = self.store.quads_for_pattern(ox.BlankNode(str(current)), None, None, name)
            for quad in quads:
                triple = from_ox_triple(quad.triple)
                graph.add(triple)
                if isinstance(triple[2], BNode) and triple[2] not in done:
                    todo.append(triple[2])


def run(store: ox.Store, rules: list[Rule], data: Graph | None, shapes: Graph) -> list[Violation]:
    """Run ``rules`` over the named graphs and the default graph of ``store``.

    ``data``: the lone rdflib Graph ``store`` holds in its default graph (labelled ``graph``).
    The rules' probes run first (each distinct one once), then the rules some probe does not
    clear. Queries run on a few threads (Oxigraph evaluates them without holding the GIL).
    """
    variants = []
    if next(iter(store.named_graphs()), None) is not None:
        variants.append(True)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        variants.append(False)
    workers = max(1, min(WORKERS, os.cpu_count() or 1))
    with ThreadPoolExecutor(workers) as pool:
        jobs = _probed(store, pool, [(rule, variant) for rule in rules for variant in variants])
        answer_rows = pool.map(lambda job: _rows(store, job[0].query(job[1])), jobs)
        return _violations(store, jobs, list(answer_rows), data, shapes)


def _probed(
    store: ox.Store, pool: ThreadPoolExecutor, jobs: list[tuple[Rule, bool]]
) -> list[tuple[Rule, bool]]:
    """The jobs (rule, variant) none of whose probes is false: the first probes of all jobs
    are run together (each distinct query once), then the second ones of the jobs left, …"""

    def ask_all(queries: set[str]) -> dict[str, bool]:
        ordered = sorted(queries)
        return dict(zip(ordered, pool.map(lambda q: bool(store.query(q)), ordered), strict=True))

    level = 0
    while True:
        probes = {(rule.probes[level], v) for rule, v in jobs if len(rule.probes) > level}
        if not probes:
            return jobs
        shared = ask_all({p.sharing.query(v) for p, v in probes if p.sharing is not None})
        queries = {
            (p, v): p.query(v, p.sharing is not None and shared[p.sharing.query(v)])
            for p, v in probes
        }
        answers = ask_all(set(queries.values()))
        jobs = [
            (rule, v)
            for rule, v in jobs
            if len(rule.probes) <= level or answers[queries[rule.probes[level], v]]
        ]
        level += 1


def _rows(store: ox.Store, query: str) -> list[dict[str, object]]:
    """The solutions of a SELECT query, as dicts of variable name → pyoxigraph term."""
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    variables = [v.value for v in result.variables]
    return [{name: solution[name] for name in variables} for solution in result]


def _violations(
    store: ox.Store,
    jobs: list[tuple[Rule, bool]],
    answers: list[list[dict[str, object]]],
    data: Graph | None,
    shapes: Graph,
) -> list[Violation]:
    """The violations the rows of each job's query stand for (a row seen twice counts once)."""
    seen: set[tuple[object, ...]] = set()
    found: list[Violation] = []
    for (rule, _), rows in zip(jobs, answers, strict=True):
        for row in rows:
            key = (id(rule), *(str(term) for term in row.values()))
            if key in seen:
                continue
            seen.add(key)
            label = _label(row["g"], data is not None)
            names = Names(shapes, data, store, row["g"])  # type: ignore[arg-type]
            for focus, value, message in rule.read(names, row):
                found.append(Violation(label, focus, rule.shape.path_label, message, value))
    return found


def has_subclasses(store: ox.Store) -> bool:
    """Whether any graph of ``store`` says ``rdfs:subClassOf`` (else plain rdf:type will do)."""
    sub = f"<{RDFS.subClassOf}>"
    query = f"ASK {{ {{ ?a {sub} ?b }} UNION {{ GRAPH ?g {{ ?a {sub} ?b }} }} }}"
    return bool(store.query(query))


def _label(graph: object, lone: bool) -> str:
    if isinstance(graph, ox.NamedNode) and graph.value == _DEFAULT:
        return LONE_GRAPH if lone else graph_label(ox.DefaultGraph())
    return graph_label(graph)


def _true(term: object) -> bool:
    return isinstance(term, ox.Literal) and term.value == "true"
