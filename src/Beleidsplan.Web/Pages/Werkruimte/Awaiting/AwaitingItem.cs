using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Web.Pages.Werkruimte.Awaiting;

/// <summary>Something a user has to do, in a plan, by a day.</summary>
public sealed record AwaitingItem(string PlanTitle, string Task, DateOnly Deadline, string Url)
{
    public bool IsLate(DateOnly today) => today > Deadline;
}

/// <summary>Who is asking, and the day it is (a Dutch calendar day).</summary>
public sealed record AwaitingUser(string UserId, string? Email, IReadOnlyList<Membership> Memberships, DateOnly Today)
{
    public IEnumerable<int> UnitIds => Memberships.Select(m => m.PoliceUnitId).Distinct();

    public IEnumerable<int> UnitsWhere(Role role) => Memberships.Where(m => m.Role == role).Select(m => m.PoliceUnitId).Distinct();
}

/// <summary>
/// One kind of thing that can await a user. Each kind is a small source of its own, so a new kind is a
/// new class registered in <see cref="AwaitingSetup"/>: the priority poll to answer (issue 7) and the
/// measurements due (issue 8) are meant to come in that way once they exist.
/// </summary>
public interface IAwaitingSource
{
    Task<IReadOnlyList<AwaitingItem>> FindAsync(AwaitingUser user, CancellationToken cancellationToken);
}

/// <summary>Everything that awaits a user, nearest deadline first.</summary>
public sealed class AwaitingList(IEnumerable<IAwaitingSource> sources)
{
    public async Task<List<AwaitingItem>> ForAsync(AwaitingUser user, CancellationToken cancellationToken = default)
    {
        var items = new List<AwaitingItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.FindAsync(user, cancellationToken)); // one DbContext: one query at a time
        }

        return items.OrderBy(i => i.Deadline).ThenBy(i => i.PlanTitle, StringComparer.Ordinal).ThenBy(i => i.Task, StringComparer.Ordinal).ToList();
    }
}

public static class AwaitingSetup
{
    public static void AddAwaitingSources(this IServiceCollection services)
    {
        services.AddScoped<IAwaitingSource, MilestonesResponsibleFor>();
        services.AddScoped<IAwaitingSource, ReactionsToHandle>();
        services.AddScoped<IAwaitingSource, CouncilOutcomesToRegister>();
        services.AddScoped<IAwaitingSource, ReactionsToGive>();
        services.AddScoped<AwaitingList>();
    }
}
