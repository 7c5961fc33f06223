-- E-mail reminders: each staff member's settings, and a log of what was sent
-- whose unique key makes each reminder go out once across instances.
BEGIN;
CREATE TABLE "ReminderSettings" (
    "userId" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'th',
    "weeklyDigest" BOOLEAN NOT NULL DEFAULT false,
    "alertDays" INTEGER[] DEFAULT ARRAY[90, 30, 7]::INTEGER[],
    CONSTRAINT "ReminderSettings_pkey" PRIMARY KEY ("userId"),
    CONSTRAINT "ReminderSettings_language_check" CHECK ("language" IN ('th', 'en'))
);
CREATE TABLE "ReminderSent" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ReminderSent_userId_key_key" ON "ReminderSent"("userId", "key");
ALTER TABLE "ReminderSettings" ADD CONSTRAINT "ReminderSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
COMMIT;
