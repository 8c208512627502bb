from django.core.management.base import BaseCommand, CommandError

from speeches.importer import reparse_speech
from speeches.models import Speech


class Command(BaseCommand):
    help = (
        "Re-run the current parser on the stored raw text of speeches and update those whose "
        "structure changed. Speeches an editor has changed are listed and left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="speech ids (default: all)")
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would change; write nothing"
        )

    def handle(self, *args, **options):
        speeches = Speech.objects.with_edit_flag().order_by("pk")
        if options["ids"]:
            speeches = speeches.filter(pk__in=options["ids"])
            missing = set(options["ids"]) - set(speeches.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no speech with id {', '.join(map(str, sorted(missing)))}")
        changed = unchanged = skipped = 0
        for speech in speeches.iterator(chunk_size=200):
            if speech.is_edited:
                skipped += 1
                self.stdout.write(f"skipped #{speech.pk} {speech.title}: changed by an editor")
                continue
            if reparse_speech(speech, dry_run=options["dry_run"]):
                changed += 1
                verb = "would change" if options["dry_run"] else "changed"
                self.stdout.write(f"{verb} #{speech.pk} {speech.title}")
            else:
                unchanged += 1
        self.stdout.write(
            self.style.SUCCESS(f"changed {changed}, unchanged {unchanged}, skipped {skipped}")
        )
