using System.Text.Json.Serialization;

namespace Beleidsplan.Web.Api;

// Open data uses Dutch camelCase field names (PRODUCT.md fixed points); code stays English.
public record UnitRef([property: JsonPropertyName("slug")] string Slug, [property: JsonPropertyName("naam")] string Name);

public record Period(
    [property: JsonPropertyName("eersteJaar")] int FirstYear,
    [property: JsonPropertyName("laatsteJaar")] int LastYear,
    [property: JsonPropertyName("verlengdTot")] int? ExtendedTo);

public record PlanSummary(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("korteNaam")] string ShortName,
    [property: JsonPropertyName("eenheid")] UnitRef Unit,
    [property: JsonPropertyName("periode")] Period Period,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("vastgesteldOp")] DateOnly? AdoptedOn,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("api")] string Api);

public record PlanDetail(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("korteNaam")] string ShortName,
    [property: JsonPropertyName("eenheid")] UnitRef Unit,
    [property: JsonPropertyName("periode")] Period Period,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("wettelijkeGrondslag")] string? LegalBasis,
    [property: JsonPropertyName("vastgesteldOp")] DateOnly? AdoptedOn,
    [property: JsonPropertyName("vastgesteldDoor")] string? AdoptedBy,
    [property: JsonPropertyName("vorigPlan")] string? PreviousPlan,
    [property: JsonPropertyName("samenvatting")] string? Summary,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("hoofdstukken")] IReadOnlyList<ChapterData> Chapters,
    [property: JsonPropertyName("prioriteiten")] IReadOnlyList<PriorityData> Priorities,
    [property: JsonPropertyName("relaties")] IReadOnlyList<RelationData> Relations,
    [property: JsonPropertyName("versies")] IReadOnlyList<VersionData> Versions,
    [property: JsonPropertyName("aangebodenAanMinisterOp")] DateOnly? OfferedToMinisterOn,
    [property: JsonPropertyName("besluiten")] IReadOnlyList<DecisionData> Decisions,
    [property: JsonPropertyName("wettelijkeToets")] IReadOnlyList<ChecklistData> LegalChecklist);

/// <summary>A decision in the plan's life; <c>versie</c> is the number of the version it adopted or sent.</summary>
public record DecisionData(
    [property: JsonPropertyName("soort")] string Kind,
    [property: JsonPropertyName("datum")] DateOnly Date,
    [property: JsonPropertyName("orgaan")] string Body,
    [property: JsonPropertyName("reden")] string? Reason,
    [property: JsonPropertyName("versie")] int? Version,
    [property: JsonPropertyName("verlengdTot")] int? ExtendedTo);

/// <summary>One requirement of the Politiewet: <c>status</c> is groen, rood or onbekend.</summary>
public record ChecklistData(
    [property: JsonPropertyName("onderdeel")] string Code,
    [property: JsonPropertyName("omschrijving")] string Description,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reden")] string Reason);

public record ChapterData(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("soort")] string Kind,
    [property: JsonPropertyName("ouder")] string? Parent,
    [property: JsonPropertyName("tekst")] string? Body);

public record SectionsData(
    [property: JsonPropertyName("inleiding")] string? Introduction,
    [property: JsonPropertyName("watVerstaanWe")] string? Meaning,
    [property: JsonPropertyName("probleem")] string? Problem,
    [property: JsonPropertyName("waaromPrioriteit")] string? WhyPriority,
    [property: JsonPropertyName("watWillenWeBereiken")] string? Ambition,
    [property: JsonPropertyName("watGaanWeDoen")] string? Approach);

public record PriorityData(
    [property: JsonPropertyName("nummer")] int Number,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("secties")] SectionsData Sections,
    [property: JsonPropertyName("lvaThemas")] IReadOnlyList<string> LvaThemes,
    [property: JsonPropertyName("doelen")] IReadOnlyList<GoalData> Goals,
    [property: JsonPropertyName("activiteiten")] IReadOnlyList<ActivityData> Activities,
    [property: JsonPropertyName("deelthemas")] IReadOnlyList<SubThemeData> SubThemes);

public record SubThemeData(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("secties")] SectionsData Sections,
    [property: JsonPropertyName("doelen")] IReadOnlyList<GoalData> Goals,
    [property: JsonPropertyName("activiteiten")] IReadOnlyList<ActivityData> Activities);

public record GoalData(
    [property: JsonPropertyName("tekst")] string Text,
    [property: JsonPropertyName("indicator")] string? Indicator,
    [property: JsonPropertyName("streefwaarde")] decimal? TargetValue,
    [property: JsonPropertyName("eenheid")] string? Unit,
    [property: JsonPropertyName("jaar")] int? Year,
    [property: JsonPropertyName("meetbaar")] bool Measurable);

public record ActivityData(
    [property: JsonPropertyName("soort")] string Kind,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("omschrijving")] string? Description);

public record RelationData(
    [property: JsonPropertyName("van")] string From,
    [property: JsonPropertyName("naar")] string To,
    [property: JsonPropertyName("toelichting")] string Description);

/// <summary>A version that is or was public: the one published now, and every adopted one.</summary>
public record VersionData(
    [property: JsonPropertyName("nummer")] int Number,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("datum")] DateOnly Date,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("vastgesteldOp")] DateOnly? AdoptedOn,
    [property: JsonPropertyName("gepubliceerd")] bool Published);
