using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Strength.Import;

/// <summary>The import tests replace and add formations: they get their own app and database.</summary>
[CollectionDefinition(Name)]
public class StrengthImportSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Strength import site";
}
