using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>
/// When an invitee's invitation went out. An invitee is first put on a round's list and mailed
/// later (or again, with a new link), so being listed and being invited are two moments.
/// </summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123141000_InvitationSent")]
public class InvitationSent : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTimeOffset>("SentAt", "ConsultationInvitees", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("SentAt", "ConsultationInvitees");
}
