from django.core.management.base import BaseCommand, CommandError

from speeches.importer import UPDATED, ImportFailure, reparse_speech
from speeches.models import Speech


class Command(BaseCommand):
    help = (
        "Re-run the current parser on the stored raw text of speeches and update those whose "
        "structure changed. Speeches an editor has changed are listed and left alone unless "
        "--include-edited (their edited sections and metadata are kept) or --force (replaced; "
        "the history keeps the editor's text)."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="speech ids (default: all)")
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would change; write nothing"
        )
        parser.add_argument(
            "--include-edited",
            action="store_true",
            help="re-parse speeches an editor changed too, keeping the editor's sections",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="re-parse every speech and replace what editors changed (kept in the history)",
        )

    def handle(self, *args, **options):
        speeches = Speech.objects.with_edit_flag().order_by("pk")
        if options["ids"]:
            speeches = speeches.filter(pk__in=options["ids"])
            missing = set(options["ids"]) - set(speeches.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no speech with id {', '.join(map(str, sorted(missing)))}")
        force, dry_run = options["force"], options["dry_run"]
        changed = unchanged = skipped = failed = 0
        for speech in speeches.iterator(chunk_size=200):
            if speech.is_edited and not (force or options["include_edited"]):
                skipped += 1
                self.stdout.write(f"skipped #{speech.pk} {speech.title}: changed by an editor")
                continue
            try:
                outcome = reparse_speech(speech, force=force, dry_run=dry_run)
            except ImportFailure as exc:
                failed += 1
                self.stderr.write(f"ERROR #{speech.pk}: {exc}")
                continue
            if outcome.status != UPDATED:
                unchanged += 1
                continue
            changed += 1
            verb = "would change" if dry_run else "changed"
            kept = f" (kept editor changes in {', '.join(outcome.kept_edits)})"
            self.stdout.write(
                f"{verb} #{speech.pk} {speech.title}{kept if outcome.kept_edits else ''}"
            )
        summary = f"changed {changed}, unchanged {unchanged}, skipped {skipped}"
        if failed:
            raise CommandError(f"{summary}, failed {failed}")
        self.stdout.write(self.style.SUCCESS(summary))
