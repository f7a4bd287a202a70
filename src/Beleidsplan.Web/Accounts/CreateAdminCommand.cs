using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Accounts;

/// <summary>
/// `create-admin --email ... --naam ... --eenheid ...`: makes the first beheerder of a unit. The
/// password is read from standard input, so it never shows in the process list or shell history.
/// </summary>
public static class CreateAdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration arguments)
    {
        var email = arguments["email"]?.Trim();
        var name = arguments["naam"]?.Trim() ?? "";
        var unitSlug = arguments["eenheid"]?.Trim();
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(unitSlug))
        {
            Console.Error.WriteLine("Gebruik: create-admin --email <adres> --eenheid <eenheid> [--naam <naam>]; het wachtwoord komt via standaardinvoer.");
            return 1;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BeleidsplanDbContext>();
        var unit = await db.PoliceUnits.SingleOrDefaultAsync(u => u.Slug == unitSlug);
        if (unit is null)
        {
            Console.Error.WriteLine($"Eenheid '{unitSlug}' bestaat niet.");
            return 1;
        }

        if (!Console.IsInputRedirected)
        {
            Console.Write("Wachtwoord (ten minste 12 tekens): ");
        }

        var password = Console.ReadLine() ?? "";
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        user.Memberships.Add(new Membership { Role = Role.Beheerder, PoliceUnitId = unit.Id });
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine(error.Description);
            }

            return 1;
        }

        Console.WriteLine($"Beheerder {email} aangemaakt voor {unit.Name}.");
        return 0;
    }
}
