using System.Text.Json;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Accounts;

/// <summary>Records sign-ins and failed sign-ins in the audit trail, with the reason and client address.</summary>
public sealed class SignInAudit(BeleidsplanDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task RecordAsync(AuditAction action, string? userId, string email, string detail)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            // A failed attempt was not made by the account's owner as far as we know: the actor is unknown.
            UserId = action == AuditAction.SignedIn ? userId : null,
            Actor = action == AuditAction.SignedIn ? email : "Niet ingelogd",
            Action = action,
            ItemType = "User",
            ItemKey = userId ?? "onbekend",
            ItemLabel = email.Length > 256 ? email[..256] : email,
            Changes = JsonSerializer.Serialize(new[] { new FieldChange("Reden", null, detail), new FieldChange("Adres", null, address) }),
        });
        await db.SaveChangesAsync();
    }
}
