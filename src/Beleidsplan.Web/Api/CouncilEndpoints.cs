using System.Text.Json.Serialization;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Pages.Plans;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Api;

/// <summary>Open data of the councils heard on a plan's draft: what the public page shows, as JSON.</summary>
public static class CouncilEndpoints
{
    public static void MapCouncilApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/plannen/{slug}/gemeenteraden", GetAsync)
            .WithTags("Open data").CacheOutput(PublicCache.PolicyName).WithMetadata(new AccessAttribute(Access.Public))
            .WithName("Gemeenteraden").WithSummary("Welke gemeenteraden over het ontwerp van een plan zijn gehoord, wanneer en wat zij besloten")
            .Produces<CouncilsData>().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(string slug, PlanQueries queries, BeleidsplanDbContext db, TimeProvider clock)
    {
        // The same rule as the public page: a published plan, from its draft on.
        if (await queries.LoadPublishedAsync(slug) is not { } published || !CouncilsModel.Shows(published.Plan.Status))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden",
                detail: $"Er is geen plan '{slug}' waarvan de gemeenteraden zijn gehoord. Zie /api/v1/plannen voor alle plannen.");
        }

        var live = await db.Plans.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.PoliceUnitId }).SingleAsync();
        var table = await CouncilTable.LoadAsync(db, live.Id, live.PoliceUnitId, Rounds.Today(clock));
        return Results.Ok(new CouncilsData(slug, table.Round?.OpensOn, table.Round?.Deadline, table.Heard, table.Rows.Count,
            table.Rows.Select(r => new CouncilData(r.CbsCode, r.Name, r.District, r.BasicTeam, r.Status.ToCode(), r.Hearing?.CouncilMeetingOn,
                r.Hearing?.Outcome?.ToCode(), r.Hearing?.DecidedOn, r.Hearing?.Outcome is null ? null : r.Hearing.OutcomeText)).ToList()));
    }
}

public record CouncilsData(
    [property: JsonPropertyName("plan")] string Plan,
    [property: JsonPropertyName("verstuurdOp")] DateOnly? SentOn,
    [property: JsonPropertyName("termijn")] DateOnly? Deadline,
    [property: JsonPropertyName("gehoord")] int Heard,
    [property: JsonPropertyName("totaal")] int Total,
    [property: JsonPropertyName("gemeenteraden")] IReadOnlyList<CouncilData> Councils);

public record CouncilData(
    [property: JsonPropertyName("cbsCode")] string CbsCode,
    [property: JsonPropertyName("gemeente")] string Name,
    [property: JsonPropertyName("district")] string? District,
    [property: JsonPropertyName("basisteam")] string? BasicTeam,
    [property: JsonPropertyName("stand")] string Status,
    [property: JsonPropertyName("raadsvergadering")] DateOnly? CouncilMeetingOn,
    [property: JsonPropertyName("uitkomst")] string? Outcome,
    [property: JsonPropertyName("besluitOp")] DateOnly? DecidedOn,
    [property: JsonPropertyName("tekst")] string? Text);
