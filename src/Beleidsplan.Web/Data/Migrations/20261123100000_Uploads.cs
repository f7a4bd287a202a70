using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>Uploaded files: the row describes the file, the bytes live in the upload folder under its id.</summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123100000_Uploads")]
public class Uploads : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("StoredFiles", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Text(255),
            ContentType = t.Text(100),
            Size = t.Column<long>(nullable: false),
            Sha256 = t.Text(64),
            UploadedAt = t.Column<DateTimeOffset>(),
            UploadedByUserId = t.Text(450),
            PlanId = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_StoredFiles", x => x.Id);
            t.ForeignKey("FK_StoredFiles_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_StoredFiles_PlanId_UploadedAt", "StoredFiles", ["PlanId", "UploadedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("StoredFiles");
}
