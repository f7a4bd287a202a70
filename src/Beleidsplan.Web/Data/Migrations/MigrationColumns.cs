using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>
/// Column shapes shared by the hand-written migrations. Columns carry no store type, so each
/// provider maps the CLR type itself; the identity column carries both providers' annotations
/// and each provider ignores the other's. See docs/decisions/0002-hand-written-migrations.md.
/// </summary>
internal static class MigrationColumns
{
    public static OperationBuilder<AddColumnOperation> Identity(this ColumnsBuilder columns) =>
        columns.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    public static OperationBuilder<AddColumnOperation> LongIdentity(this ColumnsBuilder columns) =>
        columns.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    public static OperationBuilder<AddColumnOperation> Text(this ColumnsBuilder columns, int? maxLength = null, bool nullable = false) =>
        columns.Column<string>(maxLength: maxLength, nullable: nullable);

    public static OperationBuilder<AddColumnOperation> Enum(this ColumnsBuilder columns) =>
        columns.Column<string>(maxLength: 40, nullable: false);
}
