namespace Beleidsplan.Web.Reacting;

public static class ReactingSetup
{
    public static void AddBeleidsplanReacting(this IServiceCollection services)
    {
        services.AddScoped<ReactionIntake>();
        services.AddScoped<AfterClosingMail>();
    }
}
