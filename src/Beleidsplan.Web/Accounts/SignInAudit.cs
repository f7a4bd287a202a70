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
            UserId = userId,
            Actor = userId is null ? "Niet ingelogd" : email,
            Action = action,
            ItemType = "User",
            ItemKey = userId ?? "onbekend",
            ItemLabel = email.Length > 256 ? email[..256] : email,
            Changes = JsonSerializer.Serialize(new[] { new FieldChange("Reden", null, detail), new FieldChange("Adres", null, address) }),
        });
        await db.SaveChangesAsync();
    }
}
