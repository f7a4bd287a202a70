using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Planning;

/// <summary>Planning tests get their own app and database, and a clock they can set to another day.</summary>
[CollectionDefinition(Name)]
public class PlanningSite : ICollectionFixture<PlanningAppFactory>
{
    public const string Name = "Planning site";
}

public sealed class PlanningAppFactory : AppFactory
{
    public TestClock Clock { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Planning:ReminderMinutes"] = "1440", // the tests run the reminders themselves
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>
/// The real time, moved by whole days: pages then see another "today". Sign in after moving it, so
/// the session cookie is issued on the same clock that checks it.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    /// <summary>The Dutch calendar day it is now on this clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().ToAmsterdam().DateTime);

    /// <summary>The real today, in the Netherlands.</summary>
    public static DateOnly RealToday => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToAmsterdam().DateTime);

    public void SetToday(DateOnly day) => offset = TimeSpan.FromDays(day.DayNumber - RealToday.DayNumber);

    public void Reset() => offset = TimeSpan.Zero;

    /// <summary>Noon (Dutch time, roughly) on a day, for calling the reminders as if it were then.</summary>
    public static DateTimeOffset NoonOn(DateOnly day) => new(day.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
}
