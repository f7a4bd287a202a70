using Beleidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>
/// A round is made once per form: the form's key is stored with the round, unique per plan. A form sent
/// again finds its round; two posts of it at the same moment meet the unique index, and the loser
/// answers with the winner's round. Nothing of the losing post (round, invitees, mails) is saved.
/// </summary>
public static class RoundCreation
{
    public static Task<int?> ExistingAsync(BeleidsplanDbContext db, int planId, Guid? key) => key is null
        ? Task.FromResult<int?>(null)
        : db.ConsultationRounds.Where(r => r.PlanId == planId && r.CreationKey == key).Select(r => (int?)r.Id).SingleOrDefaultAsync();

    /// <summary>Saves; false when the same form's round was saved first by another request.</summary>
    public static async Task<bool> SaveAsync(BeleidsplanDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
