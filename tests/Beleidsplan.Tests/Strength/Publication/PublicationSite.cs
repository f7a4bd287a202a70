using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Strength.Publication;

/// <summary>The publication tests change formations and inhabitants: their own app and database.</summary>
[CollectionDefinition(Name)]
public class PublicationSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Strength publication site";
}
