using Parley.Web;

// `parley serve` is the usual way to start the server; this entry point serves the same application for
// `dotnet run --project src/Parley.Web -- --db F [--api-key K] [--urls U]`.
return ParleyServer.Run(args);
