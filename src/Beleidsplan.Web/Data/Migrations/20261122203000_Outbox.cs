using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261122203000_Outbox")]
public class Outbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("OutboxMessages", t => new
        {
            Id = t.Identity(),
            To = t.Text(256),
            Subject = t.Text(300),
            Body = t.Text(),
            CreatedAt = t.Column<DateTimeOffset>(),
            NextAttemptAt = t.Column<DateTimeOffset>(),
            SentAt = t.Column<DateTimeOffset>(nullable: true),
            Attempts = t.Column<int>(),
            LastError = t.Text(1000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        migrationBuilder.CreateIndex("IX_OutboxMessages_SentAt", "OutboxMessages", "SentAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("OutboxMessages");
}
