using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Strength.Views;

/// <summary>The strength views' tests make formations and changes: they get their own app and database.</summary>
[CollectionDefinition(Name)]
public class StrengthViewsSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Strength views site";
}
