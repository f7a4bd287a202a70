using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.BrowserTests.Infrastructure;

/// <summary>Creates users straight in the site's database, as an accepted invitation would have.</summary>
public static class SiteUsers
{
    public const string Password = "Een-heel-lang-wachtwoord-2026";

    /// <summary>Reads the site's database directly, as a check after the browser did its work.</summary>
    public static async Task<T> WithDbAsync<T>(BrowserSite site, Func<BeleidsplanDbContext, Task<T>> read)
    {
        var options = new DbContextOptionsBuilder<BeleidsplanDbContext>();
        DatabaseSetup.Configure(options, site.Database.Provider, site.Database.ConnectionString);
        await using var db = new BeleidsplanDbContext(options.Options);
        return await read(db);
    }

    /// <summary>A user with one role in Noord-Holland, and the authenticator key when two-factor is on.</summary>
    public static async Task<(string Email, string? Key)> CreateAsync(BrowserSite site, Role role, string? municipality = null, bool twoFactor = false)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDbContext<BeleidsplanDbContext>(o => DatabaseSetup.Configure(o, site.Database.Provider, site.Database.ConnectionString));
        services.AddIdentityCore<User>().AddEntityFrameworkStores<BeleidsplanDbContext>();
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BeleidsplanDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var email = $"{Guid.NewGuid():N}@example.nl";
        var unit = await db.PoliceUnits.SingleAsync(u => u.Slug == "noord-holland");
        int? municipalityId = municipality is null ? null : (await db.Municipalities.SingleAsync(m => m.Name == municipality)).Id;
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{role} {municipality}".Trim() };
        user.Memberships.Add(new Membership { Role = role, PoliceUnitId = unit.Id, MunicipalityId = municipalityId });
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        if (!twoFactor)
        {
            return (email, null);
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (email, await users.GetAuthenticatorKeyAsync(user));
    }
}
