using System.Text.Json.Serialization;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Strength.Publication;

public record FteData(
    [property: JsonPropertyName("aspirant")] decimal Aspirant,
    [property: JsonPropertyName("wijkagent")] decimal Wijkagent,
    [property: JsonPropertyName("overig")] decimal Overig,
    [property: JsonPropertyName("totaal")] decimal Totaal)
{
    public static FteData Of(Fte fte) => new(fte.Aspirant, fte.Wijkagent, fte.Overig, fte.Total);
}

public record NodeData(
    [property: JsonPropertyName("naam")] string Naam,
    [property: JsonPropertyName("soort")] string Soort,
    [property: JsonPropertyName("pad")] string Pad,
    [property: JsonPropertyName("eigen")] FteData Eigen,
    [property: JsonPropertyName("totaal")] FteData Totaal,
    [property: JsonPropertyName("onderdelen")] IReadOnlyList<NodeData> Onderdelen);

public record ChangeData(
    [property: JsonPropertyName("pad")] string Pad,
    [property: JsonPropertyName("functie")] string? Functie,
    [property: JsonPropertyName("schaal")] int? Schaal,
    [property: JsonPropertyName("categorie")] string Categorie,
    [property: JsonPropertyName("fte")] decimal Fte,
    [property: JsonPropertyName("ingangsdatum")] DateOnly? Ingangsdatum,
    [property: JsonPropertyName("voorlopig")] bool Voorlopig,
    [property: JsonPropertyName("reden")] string Reden,
    [property: JsonPropertyName("besluit")] string Besluit,
    [property: JsonPropertyName("besluitdatum")] DateOnly? Besluitdatum);

public record NormData(
    [property: JsonPropertyName("naam")] string Naam,
    [property: JsonPropertyName("inwoners")] int? Inwoners,
    [property: JsonPropertyName("inwonersPeildatum")] DateOnly? InwonersPeildatum,
    [property: JsonPropertyName("norm")] decimal? Norm,
    [property: JsonPropertyName("wijkagenten")] decimal? Wijkagenten,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("tekort")] decimal? Tekort,
    [property: JsonPropertyName("toelichting")] string Toelichting);

public record NormCheckData(
    [property: JsonPropertyName("eenheid")] NormData Eenheid,
    [property: JsonPropertyName("districten")] IReadOnlyList<NormData> Districten,
    [property: JsonPropertyName("basisteams")] IReadOnlyList<NormData> Basisteams);

public record StrengthData(
    [property: JsonPropertyName("plan")] string Plan,
    [property: JsonPropertyName("peildatum")] DateOnly Peildatum,
    [property: JsonPropertyName("titel")] string? Titel,
    [property: JsonPropertyName("bron")] string Bron,
    [property: JsonPropertyName("eenheid")] NodeData Eenheid,
    [property: JsonPropertyName("wijzigingen")] IReadOnlyList<ChangeData> Wijzigingen,
    [property: JsonPropertyName("norm")] NormCheckData Norm);

/// <summary>GET /api/v1/plannen/{slug}/sterkteverdeling: the same data as the public page, as open data.</summary>
public static class StrengthOpenData
{
    public static async Task<IResult> GetAsync(string slug, PlanQueries queries, BeleidsplanDbContext db, CancellationToken cancellationToken)
    {
        var plan = await queries.LoadAsync(slug);
        var strength = plan is null ? null : await PublishedStrength.LoadAsync(db, plan.Id, cancellationToken);
        if (plan is null || strength is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Sterkteverdeling niet gevonden",
                detail: plan is null ? $"Er is geen gepubliceerd plan met de naam '{slug}'." : $"Het plan '{slug}' is nog niet op een formatie gebaseerd.");
        }

        return Results.Ok(ToData(plan.Slug, strength));
    }

    public static StrengthData ToData(string slug, PublishedStrength s) => new(
        slug, s.Formation.ReferenceDate, s.Formation.Title, s.Formation.Source, Node(s.Tree, s.Tree.Root),
        s.Changes.Select(c => new ChangeData(c.NodePath, c.Function, c.PayScale, c.Category.ToCode(), c.Fte, c.EffectiveOn,
            c.Provisional, c.Reason, c.Decision, c.DecidedOn)).ToList(),
        new NormCheckData(Norm(s.Norm.Unit), s.Norm.Districts.Select(Norm).ToList(), s.Norm.BasicTeams.Select(Norm).ToList()));

    private static NodeData Node(FormationTree tree, FormationNode node) => new(
        node.Name, node.Kind.ToCode(), tree.PathOf(node), FteData.Of(node.Own), FteData.Of(tree.TotalOf(node)),
        tree.ChildrenOf(node).Select(child => Node(tree, child)).ToList());

    private static NormData Norm(NormRow row) => new(row.Name, row.Inhabitants, row.InhabitantsReferenceDate, row.Norm,
        row.Wijkagenten, row.Status.ToCode(), row.Shortfall, row.Explanation);
}
