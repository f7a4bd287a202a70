using System.Data.Common;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Audit;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Workspace;

[Collection(WorkspaceSite.Name)]
public class AuditTrailTests(AppFactory app)
{
    private const string Plan = "imv-noord-holland-2024-2027";

    [Fact]
    public async Task A_change_and_its_audit_entry_are_saved_together_and_a_rolled_back_change_leaves_no_entry()
    {
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var marker = $"Teruggedraaid {Guid.NewGuid():N}";

        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var chapter = await db.Chapters.OrderBy(c => c.Id).FirstAsync();
            chapter.Title = marker;
            await db.SaveChangesAsync();
            (await db.AuditEntries.CountAsync()).ShouldBe(before + 1); // written inside the same transaction
            await transaction.RollbackAsync();
            return 0;
        });

        (await app.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(before);
        (await app.WithDbAsync(db => db.Chapters.AnyAsync(c => c.Title == marker))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_save_the_database_refuses_leaves_no_audit_entry()
    {
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        await Should.ThrowAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            var chapters = await db.Chapters.OrderBy(c => c.Id).Take(2).ToListAsync();
            chapters[0].Title = "Gewijzigd";
            chapters[1].Slug = chapters[0].Slug; // unique per plan: the second statement fails
            chapters[1].PlanId = chapters[0].PlanId;
            return await db.SaveChangesAsync();
        }));

        (await app.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_trail_cannot_be_changed_or_deleted_by_the_app_or_in_the_database()
    {
        await TestUsers.SignedInAsync(app, Role.Redacteur); // at least one entry: the sign-in

        await Should.ThrowAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.Actor = "iemand anders";
            return await db.SaveChangesAsync();
        }));
        await Should.ThrowAsync<DbException>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'iemand anders'")));
        await Should.ThrowAsync<DbException>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));
        (await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == "iemand anders"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Sign_ins_and_failed_sign_ins_are_recorded()
    {
        var email = await TestUsers.CreateAsync(app, Role.Gemeente, municipality: "Haarlem");
        await TestUsers.SignInAsync(new Browser(app), email, "niet-het-goede-wachtwoord");
        await TestUsers.SignInAsync(new Browser(app), email);

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ItemLabel == email).OrderBy(a => a.Id).ToListAsync());

        entries.Select(e => e.Action).ShouldBe([AuditAction.SignInFailed, AuditAction.SignedIn]);
        entries[0].Changes!.ShouldContain("wachtwoord onjuist");
    }

    [Fact]
    public async Task Creating_moving_and_deleting_a_priority_is_recorded_and_the_history_exports_to_xlsx()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/prioriteiten/nieuw");
        var title = $"Cybercrime {Guid.NewGuid():N}"[..24];
        var (created, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Ambition"] = "Minder slachtoffers." });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var id = await app.WithDbAsync(db => db.Priorities.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

        var (_, dashboard) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}");
        var item = dashboard.QuerySelector($"#prioriteit-{id}")!;
        var (moved, _) = await redacteur.SubmitAsync(dashboard, new Dictionary<string, string> { ["richting"] = "omhoog" }, $"#prioriteit-{id} form");
        moved.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var order = await app.WithDbAsync(db => db.Priorities.Where(p => p.PlanId == db.Plans.Single(x => x.Slug == Plan).Id).OrderBy(p => p.Position).Select(p => p.Id).ToListAsync());
        order[^2].ShouldBe(id);

        var (_, confirm) = await redacteur.GetAsync(item.QuerySelector("a[href*='verwijderen']")!.GetAttribute("href")!);
        confirm.QuerySelector("main")!.TextContent.ShouldContain(title);
        var (deleted, _) = await redacteur.SubmitAsync(confirm, new Dictionary<string, string>());
        deleted.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var (_, after) = await redacteur.GetAsync(deleted.Headers.Location!.ToString());
        after.QuerySelector("[role=status]")!.TextContent.ShouldContain($"Verwijderd: prioriteit '{title}'");
        (await app.WithDbAsync(db => db.Priorities.AnyAsync(p => p.Id == id))).ShouldBeFalse();

        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ItemType == "Priority" && a.ItemKey == id.ToString())
            .Select(a => a.Action).ToListAsync());
        actions.ShouldContain(AuditAction.Created);
        actions.ShouldContain(AuditAction.Updated);
        actions.ShouldContain(AuditAction.Deleted);

        var export = await redacteur.Client.GetAsync($"/werkruimte/plannen/{Plan}/geschiedenis?soort=Priority&id={id}&handler=Export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("|", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text));
        text.ShouldContain("Verwijderd");
        text.ShouldContain("Minder slachtoffers.");
    }
}
