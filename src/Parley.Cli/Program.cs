using Parley.Cli;
using Parley.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("parley");
    config.PropagateExceptions();
    config.AddCommand<ParseCommand>("parse").WithDescription("Tokenize, tag and parse text; print CoNLL-U with character offsets.");
    config.AddCommand<EvalSyntaxCommand>("eval-syntax").WithDescription("Re-tag and re-parse a gold CoNLL-U file and print accuracies and speed.");
    config.AddCommand<CodeCommand>("code").WithDescription("Code the events of stories (text, HTML, JSONL) as JSONL or TSV.");
    config.AddCommand<ValidateCommand>("validate-petrarch").WithDescription("Run PETRARCH's unit-test records with their dictionaries; print failures and totals.");
    config.AddCommand<ValidateCommand>("validate-tabari").WithDescription("Run TABARI's validation suite with its dictionaries; print failures and totals.");
    config.AddCommand<EvalEventsCommand>("eval-events").WithDescription("Code the sentences of an event gold standard (PLOVER .json, ICEWS codebook .csv); print accuracy, misses and speed.");
    config.AddCommand<IngestCommand>("ingest").WithDescription("Code stories into the store (parley.duckdb); known stories are skipped, failures recorded.");
    config.AddCommand<EventsCommand>("events").WithDescription("List stored events matching filters (table on a terminal, JSONL or CSV).");
    config.AddCommand<DyadCommand>("dyad").WithDescription("Events between two actors per period: counts both ways, Goldstein sum and mean, quad classes.");
    config.AddCommand<TopCommand>("top").WithDescription("Most frequent actors, dyads, codes or places in the store.");
    config.AddCommand<ExportCommand>("export").WithDescription("Export stored events as JSONL, CSV, GDELT 2.0 or Phoenix columns, or Parquet.");
    config.AddCommand<StatsCommand>("stats").WithDescription("Counts of stories, sentences, events and errors in the store.");
    config.AddCommand<ErrorsCommand>("errors").WithDescription("Stories and inputs that ingests could not read or code, with the reason.");
    config.AddCommand<ServeCommand>("serve").WithDescription("Serve the web API and dashboard over a store (loopback; read-only unless --api-key).");
    config.AddCommand<ExplainCommand>("explain").WithDescription("Show the parse, actors, patterns tried and the events of a sentence.");
    config.AddCommand<TrainSyntaxCommand>("train-syntax").WithDescription("Train the tagger, lemmatizer and parser from UD treebanks.");
});
return CliRunner.Run(app, args);
